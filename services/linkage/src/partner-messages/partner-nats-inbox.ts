import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import { Clock } from '@hotline/platform';
import { envelopeFromBinary } from '@hotline/partner-contracts';
import { Subscription } from 'nats';
import { partnerSubjects } from '../partners/partner-view';
import { PartnersRepository } from '../partners/partners.repository';
import { assertUsable } from './checked-envelope';
import { PartnerMessageIntake } from './partner-message-intake';

/**
 * The NATS channel of partners (R10.1): every replica reads `partner.*.in` in one queue group. Who may publish there
 * is NATS's concern (one account or credentials per partner, see the README); a message is still checked like one
 * over HTTPS, and an unusable one is logged by partner and reason (never its content) and dropped.
 */
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

  private async consume(subscription: Subscription): Promise<void> {
    for await (const message of subscription) {
      const code = this.options.namespace.unprefixed(message.subject).split('.')[1] ?? '';
      await this.take(code, message.data).catch((error: unknown) =>
        this.logger.warn(`dropped a message on partner.${code}.in: ${(error as Error).message.slice(0, 300)}`),
      );
    }
  }

  private async take(code: string, data: Uint8Array): Promise<void> {
    const partner = await this.partners.find(code);
    if (!partner || !partner.enabled) throw new Error(partner ? 'partner disabled' : 'unknown partner');
    const envelope = envelopeFromBinary(data);
    assertUsable(envelope, code);
    await this.intake.take(envelope, this.clock.now());
  }
}
