import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { JetStreamServer, NatsConnectionHolder } from '@hotline/messaging';
import { DeadLetterStore, OutboxStore } from '@hotline/persistence';
import { ServiceMetrics } from './service-metrics';

/**
 * The gauges every backend service shows, read when Prometheus scrapes: its outbox backlog and the age of the oldest
 * unsent row, its dead letters not yet replayed, and for each of its durable JetStream consumers the events not yet
 * delivered (pending, what KEDA scales on), delivered but unacknowledged, and redelivered.
 */
@Injectable()
export class PlatformGauges implements OnModuleInit {
  constructor(
    private readonly metrics: ServiceMetrics,
    @Optional() private readonly outbox?: OutboxStore,
    @Optional() private readonly deadLetters?: DeadLetterStore,
    @Optional() private readonly server?: JetStreamServer,
    @Optional() private readonly nats?: NatsConnectionHolder,
  ) {}

  onModuleInit(): void {
    if (this.outbox) this.addOutboxGauges(this.outbox);
    if (this.deadLetters) {
      const deadLetters = this.deadLetters;
      this.metrics.addGauge({
        name: 'hotline_dead_letters',
        help: 'Dead letters recorded and not yet replayed, by durable consumer',
        labelNames: ['consumer'],
        read: async () =>
          (await deadLetters.countOpenByConsumer()).map(({ consumer, count }) => ({
            labels: { consumer },
            value: count,
          })),
      });
    }
    if (this.server && this.nats) this.addConsumerGauges(this.server, this.nats);
  }

  private addOutboxGauges(outbox: OutboxStore): void {
    let last: Promise<{ unsent: number; oldestAgeSeconds: number }> | undefined;
    // Both gauges come from one query per scrape.
    const backlog = () => (last ??= outbox.backlog().finally(() => setImmediate(() => (last = undefined))));
    this.metrics.addGauge({
      name: 'hotline_outbox_backlog',
      help: 'Outbox rows committed and not yet acknowledged by JetStream',
      read: async () => [{ value: (await backlog()).unsent }],
    });
    this.metrics.addGauge({
      name: 'hotline_outbox_oldest_age_seconds',
      help: 'Age of the oldest unsent outbox row (0 when the outbox is empty)',
      read: async () => [{ value: (await backlog()).oldestAgeSeconds }],
    });
  }

  private addConsumerGauges(server: JetStreamServer, nats: NatsConnectionHolder): void {
    const infos = async () => {
      const jsm = await nats.manager();
      return Promise.all(
        server.durableConsumers().map(async ({ stream, durable }) => ({
          labels: { stream, consumer: durable },
          info: await jsm.consumers.info(stream, durable),
        })),
      );
    };
    let last: ReturnType<typeof infos> | undefined;
    const read = () => (last ??= infos().finally(() => setImmediate(() => (last = undefined))));
    const gauge = (
      name: string,
      help: string,
      value: (info: Awaited<ReturnType<typeof infos>>[number]['info']) => number,
    ) =>
      this.metrics.addGauge({
        name,
        help,
        labelNames: ['stream', 'consumer'],
        read: async () => (await read()).map(({ labels, info }) => ({ labels, value: value(info) })),
      });
    gauge(
      'hotline_jetstream_consumer_pending',
      'Events in the stream not yet delivered to the consumer',
      (info) => info.num_pending,
    );
    gauge(
      'hotline_jetstream_consumer_ack_pending',
      'Events delivered and not yet acknowledged',
      (info) => info.num_ack_pending,
    );
    gauge(
      'hotline_jetstream_consumer_redelivered',
      'Events redelivered and not yet acknowledged',
      (info) => info.num_redelivered,
    );
  }
}
