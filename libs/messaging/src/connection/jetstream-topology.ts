import { Inject, Injectable, Logger } from '@nestjs/common';
import { STREAMS, StreamKey, streamSubjects } from '@hotline/contracts';
import { AckPolicy, DeliverPolicy, JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { NatsConnectionHolder } from './nats-connection';

/** Creates or updates the streams of the subject table and the durable consumers, idempotently, at start-up. */
@Injectable()
export class JetStreamTopology {
  private readonly logger = new Logger(JetStreamTopology.name);
  private streamsReady?: Promise<void>;

  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  ensureStreams(): Promise<void> {
    this.streamsReady ??= this.createStreams().catch((error: unknown) => {
      this.streamsReady = undefined;
      throw error;
    });
    return this.streamsReady;
  }

  streamConfig(key: StreamKey): Partial<StreamConfig> & { name: string } {
    const { config, namespace } = this.options;
    return {
      name: namespace.stream(key),
      description: STREAMS[key].description,
      subjects: streamSubjects(key).map((subject) => namespace.subject(subject)),
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      num_replicas: config.HOTLINE_STREAM_REPLICAS,
      duplicate_window: nanos(config.HOTLINE_DUPLICATE_WINDOW_MS),
      max_age: nanos(config.HOTLINE_STREAM_MAX_AGE_DAYS * 86_400_000),
    };
  }

  async ensureConsumer(stream: StreamKey, subject: string): Promise<{ stream: string; durable: string }> {
    await this.ensureStreams();
    const { config, namespace } = this.options;
    const jsm = await this.nats.manager();
    const durable = namespace.durable(subject);
    const streamName = namespace.stream(stream);
    const consumerConfig = {
      durable_name: durable,
      filter_subject: namespace.subject(subject),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(config.HOTLINE_ACK_WAIT_MS),
      // One more than our own limit: the strategy dead-letters on the last try, the server bound is a safety net.
      max_deliver: config.HOTLINE_MAX_DELIVER + 1,
      max_ack_pending: 1_000,
    };
    const existing = await jsm.consumers.info(streamName, durable).catch(() => null);
    if (existing) await jsm.consumers.update(streamName, durable, consumerConfig);
    else await jsm.consumers.add(streamName, consumerConfig);
    return { stream: streamName, durable };
  }

  private async createStreams(): Promise<void> {
    const jsm = await this.nats.manager();
    for (const key of Object.keys(STREAMS) as StreamKey[]) await this.upsertStream(jsm, key);
  }

  private async upsertStream(jsm: JetStreamManager, key: StreamKey): Promise<void> {
    const wanted = this.streamConfig(key);
    try {
      await jsm.streams.info(wanted.name);
      await jsm.streams.update(wanted.name, wanted);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(wanted).catch(async (addError: unknown) => {
        // Another replica created it between our look and our add.
        if (!String(addError).includes('already in use')) throw addError;
      });
      this.logger.log(`created stream ${wanted.name}`);
    }
  }
}

function isNotFound(error: unknown): boolean {
  return /not found/i.test(String((error as Error)?.message ?? error));
}
