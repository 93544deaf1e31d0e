import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxMessage, OutboxStore, outboxChannel } from '@hotline/persistence';
import { contextFromHeaders, currentTraceHeaders, eventSpanAttributes, inSpan, SpanKind } from '@hotline/telemetry';
import { context } from '@opentelemetry/api';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { JetStreamTopology } from '../connection/jetstream-topology';
import { NatsConnectionHolder } from '../connection/nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { carrierToHeaders, encodeJson } from '../server/codec';

const BATCH_SIZE = 200;
const CLEANUP_EVERY_MS = 3_600_000;

/**
 * Publishes committed outbox rows to JetStream with `Nats-Msg-Id` = event id, and marks them sent only
 * after JetStream acknowledged them. Wakes on LISTEN/NOTIFY (and once each time it starts listening); polls as a
 * fallback, with one statement that opens a transaction only when a row waits. Safe with replicas.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private pollTimer?: NodeJS.Timeout;
  private lastCleanup = 0;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private stopped = true;

  constructor(
    private readonly store: OutboxStore,
    private readonly nats: NatsConnectionHolder,
    private readonly topology: JetStreamTopology,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.topology.ensureStreams();
    void this.listen();
    this.pollTimer = setInterval(() => void this.poll(), this.options.config.HOTLINE_OUTBOX_POLL_MS);
    void this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Publishes everything pending now; resolves when the outbox is empty or publishing fails. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.wakeAgain = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => (this.draining = undefined));
    return this.draining;
  }

  /** The fallback for a missed or lost notification: wakes only when a row waits (or while draining anyway). */
  private async poll(): Promise<void> {
    if (this.stopped || this.draining) return;
    try {
      if (await this.store.hasUnsent()) await this.wake();
    } catch (error) {
      this.logger.warn(`outbox relay poll failed: ${(error as Error).message}`);
    }
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.wakeAgain = false;
        // A batch shorter than BATCH_SIZE took all there was: a row committed since then notifies, and wakes again.
        let batch = { claimed: BATCH_SIZE, sent: 1 };
        while (!this.stopped && batch.claimed === BATCH_SIZE && batch.sent > 0)
          batch = await this.store.relayBatch(BATCH_SIZE, (rows, manager) => this.publish(rows, manager));
      } while (this.wakeAgain && !this.stopped);
      await this.cleanupNowAndThen();
    } catch (error) {
      this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
    }
  }

  private async publish(rows: OutboxMessage[], manager: EntityManager): Promise<string[]> {
    const js = await this.nats.jetstream();
    const results = await Promise.allSettled(
      rows.map((row) =>
        inSpan(
          `publish ${row.subject}`,
          {
            kind: SpanKind.PRODUCER,
            parent: contextFromHeaders(row.headers),
            attributes: {
              'messaging.system': 'nats',
              'messaging.message.id': row.id,
              ...eventSpanAttributes({ workOrderId: row.workOrderId, actor: row.envelope.actor }),
            },
          },
          () =>
            js.publish(this.options.namespace.subject(row.subject), encodeJson(row.envelope), {
              msgID: row.id,
              headers: carrierToHeaders(currentTraceHeaders(context.active())),
            }),
        ),
      ),
    );
    const failed = rows.filter((_, index) => results[index].status === 'rejected').map((row) => row.id);
    if (failed.length > 0) {
      const reason = (results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason as Error;
      // In the batch's transaction, which holds these rows' locks.
      await this.store.recordFailure(failed, reason.message, manager);
      this.logger.warn(`${failed.length} outbox events not acknowledged by JetStream (${reason.message}); will retry`);
    }
    return rows.filter((_, index) => results[index].status === 'fulfilled').map((row) => row.id);
  }

  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as PostgresConnectionOptions;
    while (!this.stopped) {
      const client = new Client({ connectionString: url, application_name: `hotline-${this.options.service}-outbox` });
      try {
        await client.connect();
        this.listener = client;
        client.on('notification', () => void this.wake());
        await client.query(`LISTEN "${outboxChannel(this.store.schema)}"`);
        // Rows committed while nobody listened notified no one.
        void this.wake();
        await new Promise<void>((resolve) => {
          client.once('error', () => resolve());
          client.once('end', () => resolve());
        });
      } catch {
        // Polling keeps the relay going while Postgres is unreachable.
      }
      await client.end().catch(() => undefined);
      if (!this.stopped)
        await new Promise((resolve) => setTimeout(resolve, this.options.config.HOTLINE_OUTBOX_POLL_MS));
    }
  }

  private async cleanupNowAndThen(): Promise<void> {
    if (Date.now() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = Date.now();
    const before = new Date(Date.now() - this.options.config.HOTLINE_OUTBOX_RETENTION_DAYS * 86_400_000);
    const removed = await this.store.deleteSentBefore(before);
    if (removed > 0) this.logger.log(`removed ${removed} outbox rows sent before ${before.toISOString()}`);
  }
}
