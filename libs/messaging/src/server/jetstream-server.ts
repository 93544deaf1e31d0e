import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { eventDefinitionForSubject, HANDLER_SUBJECTS } from '@hotline/contracts';
import { Subscription } from 'nats';
import { lastValueFrom } from 'rxjs';
import { JetStreamTopology } from '../connection/jetstream-topology';
import { NatsConnectionHolder } from '../connection/nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { DEAD_LETTER_SINK, DeadLetterSink } from './dead-letter-sink';
import { EventConsumer } from './event-consumer';
import { InFlight } from './in-flight';
import { JetStreamContext } from './jetstream-context';
import { respond } from './rpc-responder';

interface ConsumerBinding {
  subject: string;
  handler: MessageHandler;
  stream: string;
  durable: string;
}

/**
 * Nest transport for the platform: `@EventPattern(subject)` handlers consume a durable JetStream pull
 * consumer shared by all replicas; `@MessagePattern(subject)` handlers answer NATS requests in a queue
 * group named after the service. Trace context is taken from the message headers.
 */
@Injectable()
export class JetStreamServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(JetStreamServer.name);
  private readonly consumers: EventConsumer[] = [];
  private readonly bindings: ConsumerBinding[] = [];
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new InFlight();

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly topology: JetStreamTopology,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(DEAD_LETTER_SINK) private readonly deadLetters: DeadLetterSink,
  ) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.drain().catch(() => undefined)));
    await Promise.all(this.consumers.map((consumer) => consumer.stop().catch(() => undefined)));
    const finished = await this.inFlight.idle(this.options.config.HOTLINE_SHUTDOWN_GRACE_MS);
    if (!finished)
      this.log.warn(`${this.inFlight.size} messages still in progress at shutdown; JetStream will redeliver them`);
  }

  on(): never {
    throw new Error('JetStreamServer does not emit events');
  }

  unwrap<T>(): T {
    return this.nats as T;
  }

  /** The durable consumers this process pulls (for the consumer pending and redelivery gauges). */
  durableConsumers(): ReadonlyArray<{ stream: string; durable: string }> {
    return this.bindings.map(({ stream, durable }) => ({ stream, durable }));
  }

  /**
   * Drills and tests: stop pulling events (requests are still answered), so that a consumer's lag can be watched
   * growing; `resumeConsumers` pulls again from where the durable consumers stand.
   */
  async pauseConsumers(): Promise<void> {
    const running = this.consumers.splice(0);
    await Promise.all(running.map((consumer) => consumer.stop().catch(() => undefined)));
    await this.inFlight.idle(this.options.config.HOTLINE_SHUTDOWN_GRACE_MS);
  }

  async resumeConsumers(): Promise<void> {
    if (this.consumers.length > 0) return;
    for (const binding of this.bindings) await this.consume(binding);
  }

  /** Runs a handler again outside a delivery, e.g. to replay a dead letter. */
  async invokeEventHandler(subject: string, envelope: unknown, consumer: string): Promise<void> {
    const handler = this.getHandlerByPattern(subject);
    if (!handler?.isEventHandler) throw new Error(`No event handler for ${subject}`);
    await this.invoke(handler, envelope, new JetStreamContext([subject, 0, consumer]));
  }

  private async start(): Promise<void> {
    await this.topology.ensureStreams();
    for (const [pattern, handler] of this.messageHandlers) {
      if (handler.isEventHandler) await this.startConsumer(pattern, handler);
      else await this.startResponder(pattern, handler);
    }
    this.log.log(`listening: ${this.consumers.length} event consumers, ${this.subscriptions.length} request subjects`);
  }

  private async startConsumer(subject: string, handler: MessageHandler): Promise<void> {
    const definition = eventDefinitionForSubject(subject);
    if (!definition) throw new Error(`@EventPattern('${subject}') names no event of the contracts`);
    const { stream, durable } = await this.topology.ensureConsumer(definition.stream, subject);
    const binding = { subject, handler, stream, durable };
    this.bindings.push(binding);
    await this.consume(binding);
  }

  private async consume({ subject, handler, stream, durable }: ConsumerBinding): Promise<void> {
    const js = await this.nats.jetstream();
    const messages = await (
      await js.consumers.get(stream, durable)
    ).consume({ max_messages: this.options.config.HOTLINE_CONSUMER_CONCURRENCY * 2 });
    const consumer = new EventConsumer(
      subject,
      durable,
      handler,
      this.invoke,
      this.deadLetters,
      this.options.config,
      this.inFlight,
    );
    this.consumers.push(consumer);
    consumer.start(messages).catch((error: unknown) => this.log.error(`consumer ${durable} stopped: ${String(error)}`));
  }

  private async startResponder(pattern: string, handler: MessageHandler): Promise<void> {
    const subject = this.options.namespace.subject(pattern);
    const invoke = (h: MessageHandler, data: unknown) => this.invoke(h, data, undefined);
    const nc = await this.nats.connection();
    const subscription = nc.subscribe(subject, {
      queue: this.options.service,
      callback: (error, msg) => {
        if (error) return this.log.error(`subscription ${subject}: ${error.message}`);
        void respond(
          this.options.namespace.resolve(pattern),
          msg,
          handler,
          invoke,
          this.inFlight,
          pattern !== HANDLER_SUBJECTS.health,
        );
      },
    });
    this.subscriptions.push(subscription);
  }

  private readonly invoke = async (handler: MessageHandler, data: unknown, ctx: unknown): Promise<unknown> => {
    const result = this.transformToObservable(await handler(data, ctx));
    return lastValueFrom(result, { defaultValue: undefined });
  };
}
