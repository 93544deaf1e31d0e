import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import { Clock } from '@hotline/platform';
import { Envelope, envelopeFromBinary } from '@hotline/partner-contracts';
import { Msg, Subscription } from 'nats';
import { Partner } from '../partners/partner.entity';
import { partnerSubjects } from '../partners/partner-view';
import { PartnersRepository } from '../partners/partners.repository';
import { assertAcceptable } from './acceptable-message';
import { assertUsable } from './checked-envelope';
import { PartnerMessageIntake } from './partner-message-intake';

/**
 * The NATS channel of partners (R10.1): every replica reads `partner.*.in` in one queue group. Who may publish there
 * is NATS's concern (one account or credentials per partner, see the README); a message is still checked like one
 * over HTTPS (its form, its sender's kind, its expiry), and an unusable one is logged by partner and reason (never
 * its content) and dropped.
 */
/** The most messages taken in one transaction. */
const BATCH = 200;

@Injectable()
export class PartnerNatsInbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PartnerNatsInbox');
  private subscription?: Subscription;
  private done?: Promise<void>;

  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly partners: PartnersRepository,
    private readonly intake: PartnerMessageIntake,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const connection = await this.nats.connection();
    this.subscription = connection.subscribe(this.options.namespace.subject(partnerSubjects('*').in), {
      queue: this.options.service,
    });
    this.done = this.consume(this.subscription);
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.done;
  }

  /** Takes what has arrived together, up to a batch, in one transaction (a burst costs one commit, not one each). */
  private async consume(subscription: Subscription): Promise<void> {
    let batch: Msg[] = [];
    for await (const message of subscription) {
      batch.push(message);
      // the message in hand counts as pending until the loop moves on
      if (batch.length < BATCH && subscription.getPending() > 1) continue;
      await this.takeBatch(batch);
      batch = [];
    }
  }

  private async takeBatch(messages: Msg[]): Promise<void> {
    const now = this.clock.now();
    const partners = new Map<string, Promise<Partner | null>>();
    const usable: Envelope[] = [];
    for (const message of messages) {
      const code = this.options.namespace.unprefixed(message.subject).split('.')[1] ?? '';
      const partner = partners.get(code) ?? this.partners.find(code);
      partners.set(code, partner);
      try {
        usable.push(this.checked(code, await partner, message.data, now));
      } catch (error) {
        this.dropped(code, error);
      }
    }
    if (usable.length === 0) return;
    // one message the batch cannot take must not hold back the others: then each is taken on its own
    await this.intake.takeMany(usable, now).catch(async () => {
      for (const envelope of usable)
        await this.intake.take(envelope, now).catch((error: unknown) => this.dropped(envelope.partner, error));
    });
  }

  private checked(code: string, partner: Partner | null, data: Uint8Array, now: Date): Envelope {
    if (!partner || !partner.enabled) throw new Error(partner ? 'partner disabled' : 'unknown partner');
    const envelope = envelopeFromBinary(data);
    assertUsable(envelope, code);
    assertAcceptable(envelope, partner, now);
    return envelope;
  }

  private dropped(code: string, error: unknown): void {
    this.logger.warn(`dropped a message on partner.${code}.in: ${(error as Error).message.slice(0, 300)}`);
  }
}
