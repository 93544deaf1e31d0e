import { Injectable } from '@nestjs/common';
import { PartnerReceiptView, SignedPartnerMessage } from '@hotline/contracts';
import { RegulationViolationError } from '@hotline/domain';
import { timestampDate } from '@bufbuild/protobuf/wkt';
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
 * refused request (401/403), an unreadable one (400 naming the field) or an expired one (422).
 */
@Injectable()
export class ReceivePartnerMessageUseCase {
  constructor(
    private readonly authenticator: PartnerRequestAuthenticator,
    private readonly intake: PartnerMessageIntake,
    private readonly messages: PartnerMessagesRepository,
  ) {}

  async execute({ request, now }: ReceivePartnerMessageCommand): Promise<PartnerReceiptView> {
    const partner = await this.authenticator.authenticate(request, now);
    const envelope = checkedEnvelope(request.body, partner.code);
    const expiresAt = envelope.expiresAt ? timestampDate(envelope.expiresAt) : now;
    if (expiresAt.getTime() < now.getTime())
      throw new RegulationViolationError(
        'R10.1',
        `message ${envelope.messageId} expired at ${expiresAt.toISOString()}`,
      );
    const stored = await this.intake.take(envelope, now);
    const receivedAt = stored ? now : ((await this.messages.find(envelope.messageId))?.receivedAt ?? now);
    return { receivedMessageId: envelope.messageId, duplicate: !stored, receivedAt: receivedAt.toISOString() };
  }
}
