import { Injectable } from '@nestjs/common';
import { PartnerReceiptView, SignedPartnerMessage } from '@hotline/contracts';
import { InvalidDomainInputError, RegulationViolationError } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import {
  Envelope,
  EnvelopeFormatError,
  envelopeFromJson,
  envelopeProblems,
  envelopeToJson,
} from '@hotline/partner-contracts';
import { Timestamp, timestampDate } from '@bufbuild/protobuf/wkt';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { PartnerMessageIn } from './partner-message-in.entity';
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
    private readonly transactions: Transactions,
    private readonly messages: PartnerMessagesRepository,
    private readonly seal: PartnerKeySeal,
  ) {}

  async execute({ request, now }: ReceivePartnerMessageCommand): Promise<PartnerReceiptView> {
    const partner = await this.authenticator.authenticate(request, now);
    const envelope = readEnvelope(request.body, partner.code);
    const expiresAt = dateOf(envelope.expiresAt, now);
    if (expiresAt.getTime() < now.getTime())
      throw new RegulationViolationError(
        'R10.1',
        `message ${envelope.messageId} expired at ${expiresAt.toISOString()}`,
      );
    const row = this.rowOf(envelope, now);
    const stored = await this.transactions.run((manager) => this.messages.insertOnce(manager, row));
    const receivedAt = stored ? now : ((await this.messages.find(envelope.messageId))?.receivedAt ?? now);
    return { receivedMessageId: envelope.messageId, duplicate: !stored, receivedAt: receivedAt.toISOString() };
  }

  private rowOf(envelope: Envelope, now: Date): PartnerMessageIn {
    let callbackSealed: string | null = null;
    if (envelope.body.case === 'transfer' && envelope.body.value.callbackNumber) {
      callbackSealed = this.seal.seal(envelope.body.value.callbackNumber);
      envelope.body.value.callbackNumber = '';
    }
    return {
      messageId: envelope.messageId,
      partnerCode: envelope.partner,
      sequence: envelope.sequence.toString(),
      kind: envelope.body.case ?? 'none',
      sharedIncidentId: envelope.sharedIncidentId,
      sentAt: dateOf(envelope.sentAt, now),
      expiresAt: dateOf(envelope.expiresAt, now),
      receivedAt: now,
      envelope: JSON.parse(envelopeToJson(envelope)) as Record<string, unknown>,
      callbackSealed,
    };
  }
}

function readEnvelope(body: string, partner: string): Envelope {
  let envelope: Envelope;
  try {
    envelope = envelopeFromJson(body);
  } catch (error) {
    if (error instanceof EnvelopeFormatError)
      throw new InvalidDomainInputError('unreadable partner message', [{ path: error.field, message: error.problem }]);
    throw error;
  }
  const problems = envelopeProblems(envelope, partner);
  if (problems.length > 0)
    throw new InvalidDomainInputError(
      'unusable partner message',
      problems.map((problem) => ({ path: problem.field, message: problem.problem })),
    );
  return envelope;
}

/** `envelopeProblems` has made sure both times are there. */
function dateOf(timestamp: Timestamp | undefined, otherwise: Date): Date {
  return timestamp ? timestampDate(timestamp) : otherwise;
}
