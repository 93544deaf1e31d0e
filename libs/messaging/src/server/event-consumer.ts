import { Logger } from '@nestjs/common';
import { MessageHandler } from '@nestjs/microservices';
import {
  contextFromHeaders,
  deadLettersRecorded,
  inSpan,
  jetstreamRedeliveries,
  SpanKind,
  eventSpanAttributes,
} from '@hotline/telemetry';
import { ConsumerMessages, JsMsg } from 'nats';
import { MessagingConfig } from '../config/messaging-config';
import { retryDelayMs } from '../config/retry-delay';
import { decodeText, headersToCarrier } from './codec';
import { DeadLetterSink } from './dead-letter-sink';
import { validateEvent } from './event-validation';
import { InFlight } from './in-flight';
import { JetStreamContext } from './jetstream-context';

export type InvokeHandler = (handler: MessageHandler, data: unknown, ctx: JetStreamContext) => Promise<unknown>;

/**
 * Pulls one durable consumer and runs its handler: ack after success, nak with back-off on failure,
 * dead letter (then term) for an invalid message or after the last allowed delivery.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private messages?: ConsumerMessages;
  private readonly slots: Array<() => void> = [];
  private running = 0;

  constructor(
    private readonly subject: string,
    private readonly durable: string,
    private readonly handler: MessageHandler,
    private readonly invoke: InvokeHandler,
    private readonly deadLetters: DeadLetterSink,
    private readonly config: MessagingConfig,
    private readonly inFlight: InFlight,
  ) {
    this.logger = new Logger(`Consumer ${durable}`);
  }

  async start(messages: ConsumerMessages): Promise<void> {
    this.messages = messages;
    for await (const msg of messages) {
      await this.acquireSlot();
      void this.inFlight.track(() => this.deliver(msg)).finally(() => this.releaseSlot());
    }
  }

  async stop(): Promise<void> {
    await this.messages?.close();
  }

  private async deliver(msg: JsMsg): Promise<void> {
    if (msg.info.deliveryCount > 1) jetstreamRedeliveries.inc({ consumer: this.durable });
    const parent = contextFromHeaders(headersToCarrier(msg.headers));
    const attributes = {
      'messaging.system': 'nats',
      'messaging.destination.name': this.subject,
      'messaging.consumer.group.name': this.durable,
    };
    await inSpan(`process ${this.subject}`, { kind: SpanKind.CONSUMER, parent, attributes }, async (span) => {
      const body = decodeText(msg.data);
      const event = validateEvent(this.subject, body);
      if (!event.ok) return this.giveUp(msg, body, event.eventId, `invalid message: ${event.reason}`);
      span.setAttributes(eventSpanAttributes(event.envelope));
      const ctx = new JetStreamContext([this.subject, msg.info.deliveryCount, this.durable]);
      try {
        await this.invoke(this.handler, event.envelope, ctx);
        msg.ack();
      } catch (error) {
        const reason = describeFailure(error);
        if (msg.info.deliveryCount >= this.config.HOTLINE_MAX_DELIVER) {
          return this.giveUp(msg, body, event.envelope.id, `handler failed ${msg.info.deliveryCount} times: ${reason}`);
        }
        const delay = retryDelayMs(
          msg.info.deliveryCount,
          this.config.HOTLINE_RETRY_BASE_MS,
          this.config.HOTLINE_RETRY_MAX_MS,
        );
        this.logger.warn(
          `delivery ${msg.info.deliveryCount} of event ${event.envelope.id} failed (${reason}); retry in ${delay} ms`,
        );
        msg.nak(delay);
      }
    });
  }

  private async giveUp(msg: JsMsg, body: string, eventId: string | null, reason: string): Promise<void> {
    try {
      await this.deadLetters.add({
        consumer: this.durable,
        subject: this.subject,
        eventId,
        reason,
        deliveries: msg.info.deliveryCount,
        body,
        headers: headersToCarrier(msg.headers),
      });
    } catch (error) {
      // Without a record the message must not be dropped: let JetStream deliver it again later.
      this.logger.error(`cannot record dead letter (${describeFailure(error)}); message kept for redelivery`);
      msg.nak(this.config.HOTLINE_RETRY_MAX_MS);
      return;
    }
    deadLettersRecorded.inc({ consumer: this.durable });
    // nats-server 2.9 ignores a reason given to term(): the dead-letter row and this line keep it.
    this.logger.error(`dead-lettered event ${eventId ?? '(no id)'} on ${this.subject}: ${reason}`);
    msg.term();
  }

  private acquireSlot(): Promise<void> {
    if (this.running < this.config.HOTLINE_CONSUMER_CONCURRENCY) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slots.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.slots.shift();
    if (next) next();
    else this.running -= 1;
  }
}

export function describeFailure(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const root = cause instanceof Error ? cause : error;
  return root instanceof Error ? `${root.name}: ${root.message}` : String(root);
}
