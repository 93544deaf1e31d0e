import { Injectable } from '@nestjs/common';
import { Transactions } from '@hotline/persistence';
import { Envelope, envelopeToJson } from '@hotline/partner-contracts';
import { Timestamp, timestampDate } from '@bufbuild/protobuf/wkt';
import { EntityManager } from 'typeorm';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { ApplyBranchMessage } from '../branch-sync/apply-branch-message';
import { ApplyPartnerAnswer } from '../transfers-out/apply-partner-answer';
import { TransfersInRepository } from '../transfers-in/transfers-in.repository';
import { PartnerMessageIn } from './partner-message-in.entity';
import { PartnerMessagesRepository } from './partner-messages.repository';
import { PartnerSequenceTracker } from './partner-sequence-tracker';

/**
 * Every checked partner message, over HTTPS or NATS (R10.1): stored once by its message id, and acted on in the same
 * transaction the first time only, so a message delivered twice changes nothing: its sequence number is recorded (a
 * gap is asked for again), a transfer in is queued for intake once per partner reference, an answer to our transfer
 * updates it, a branch centre's order or status is upserted (R10.2).
 */
@Injectable()
export class PartnerMessageIntake {
  constructor(
    private readonly transactions: Transactions,
    private readonly messages: PartnerMessagesRepository,
    private readonly seal: PartnerKeySeal,
    private readonly answers: ApplyPartnerAnswer,
    private readonly transfersIn: TransfersInRepository,
    private readonly sequences: PartnerSequenceTracker,
    private readonly branches: ApplyBranchMessage,
  ) {}

  /** true when the message was new */
  take(envelope: Envelope, now: Date): Promise<boolean> {
    return this.transactions.run((manager) => this.takeIn(manager, envelope, now));
  }

  /** Several messages in one transaction (one commit for a burst over NATS); all or none are taken. */
  takeMany(envelopes: Envelope[], now: Date): Promise<void> {
    return this.transactions.run(async (manager) => {
      for (const envelope of envelopes) await this.takeIn(manager, envelope, now);
    });
  }

  private async takeIn(manager: EntityManager, envelope: Envelope, now: Date): Promise<boolean> {
    const row = this.rowOf(envelope, now);
    if (!(await this.messages.insertOnce(manager, row))) return false;
    await this.sequences.track(manager, envelope, now);
    if (envelope.body.case === 'transfer')
      await this.transfersIn.insertOnce(manager, {
        partnerCode: envelope.partner,
        partnerReference: envelope.body.value.senderReference,
        sharedIncidentId: envelope.sharedIncidentId,
        messageId: envelope.messageId,
        transfer: (row.envelope['transfer'] ?? {}) as Record<string, unknown>,
        callbackSealed: row.callbackSealed,
        status: 'pending',
        attempts: 0,
        workOrderId: null,
        workOrderNumber: null,
        receivedAt: now,
        recordedAt: null,
        reportedVersion: null,
        reportedStepAt: null,
      });
    else if (!(await this.branches.apply(manager, envelope, now))) await this.answers.apply(manager, envelope, now);
    return true;
  }

  private rowOf(original: Envelope, now: Date): PartnerMessageIn {
    const envelope = JSON.parse(envelopeToJson(original)) as Record<string, unknown> & {
      transfer?: { callbackNumber?: string };
    };
    let callbackSealed: string | null = null;
    if (envelope.transfer?.callbackNumber) {
      callbackSealed = this.seal.seal(envelope.transfer.callbackNumber);
      delete envelope.transfer.callbackNumber;
    }
    return {
      messageId: original.messageId,
      partnerCode: original.partner,
      sequence: original.sequence.toString(),
      kind: original.body.case ?? 'none',
      sharedIncidentId: original.sharedIncidentId,
      sentAt: dateOf(original.sentAt, now),
      expiresAt: dateOf(original.expiresAt, now),
      receivedAt: now,
      envelope,
      callbackSealed,
    };
  }
}

/** `envelopeProblems` has made sure both times are there. */
function dateOf(timestamp: Timestamp | undefined, otherwise: Date): Date {
  return timestamp ? timestampDate(timestamp) : otherwise;
}
