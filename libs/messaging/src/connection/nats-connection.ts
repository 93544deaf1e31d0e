import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { connect, JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

/** One NATS connection per process, shared by the server strategy, the RPC client and the outbox relay. */
@Injectable()
export class NatsConnectionHolder implements OnApplicationShutdown {
  private readonly logger = new Logger(NatsConnectionHolder.name);
  private connecting?: Promise<NatsConnection>;
  private jsm?: JetStreamManager;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  connection(): Promise<NatsConnection> {
    this.connecting ??= this.open();
    return this.connecting;
  }

  async jetstream(): Promise<JetStreamClient> {
    return (await this.connection()).jetstream();
  }

  async manager(): Promise<JetStreamManager> {
    this.jsm ??= await (await this.connection()).jetstreamManager();
    return this.jsm;
  }

  async isConnected(): Promise<boolean> {
    if (!this.connecting) return false;
    const nc = await this.connecting;
    return !nc.isClosed() && !nc.isDraining();
  }

  private async open(): Promise<NatsConnection> {
    const nc = await connect({
      // One URL, or several separated by commas (the client learns the rest of a cluster from the one it reaches).
      servers: this.options.config.NATS_URL.split(',').map((url) => url.trim()),
      name: `hotline-${this.options.service}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      waitOnFirstConnect: true,
    });
    void this.watch(nc);
    this.logger.log(`connected to NATS at ${nc.getServer()}`);
    return nc;
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect')
        this.logger.warn(`NATS ${status.type} (${String(status.data)})`);
    }
  }

  /** Drains last, after the strategy and the relay have stopped (Nest calls shutdown hooks in reverse order). */
  async onApplicationShutdown(): Promise<void> {
    if (!this.connecting) return;
    const nc = await this.connecting;
    if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
  }
}
