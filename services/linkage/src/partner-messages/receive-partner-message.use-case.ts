import { Injectable, Logger } from '@nestjs/common';
import { PartnerReceiptView, SignedPartnerMessage } from '@hotline/contracts';
import { assertAcceptable } from './acceptable-message';
import { checkedEnvelope } from './checked-envelope';
import { PartnerMessageIntake } from './partner-message-intake';
import { PartnerMessagesRepository } from './partner-messages.repository';
import { PartnerRequestAuthenticator } from './partner-request-authenticator';

export class ReceivePartnerMessageCommand {
  constructor(
    readonly request: SignedPartnerMessage,
    readonly now: Date,
  ) {}
}

/**
 * POST /partners/v1/{partner}/events (R10.1, R10.2): an authenticated partner's message in protobuf's JSON mapping is
 * read, checked and stored once by its message id; the answer is the technical receipt. Nothing is written for a
 * refused request (401/403, or 403 for a branch's message from a partner that is not a branch centre), an unreadable
 * one (400 naming the field) or an expired one (422).
 */
@Injectable()
export class ReceivePartnerMessageUseCase {
  private readonly logger = new Logger('PartnerRequests');

  constructor(
    private readonly authenticator: PartnerRequestAuthenticator,
    private readonly intake: PartnerMessageIntake,
    private readonly messages: PartnerMessagesRepository,
  ) {}

  async execute({ request, now }: ReceivePartnerMessageCommand): Promise<PartnerReceiptView> {
    const partner = await this.authenticator.authenticate(request, now);
    const envelope = checkedEnvelope(request.body, partner.code);
    try {
      assertAcceptable(envelope, partner, now);
    } catch (error) {
      this.logger.warn(`refused a partner message: partner ${partner.code}, ${(error as Error).message}`);
      throw error;
    }
    const stored = await this.intake.take(envelope, now);
    const receivedAt = stored ? now : ((await this.messages.find(envelope.messageId))?.receivedAt ?? now);
    return { receivedMessageId: envelope.messageId, duplicate: !stored, receivedAt: receivedAt.toISOString() };
  }
}
