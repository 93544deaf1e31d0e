import { Injectable } from '@nestjs/common';
import { TransferAnswered, TransferStatus } from '@hotline/contracts';
import { isFinishedTransfer } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import {
  AcknowledgementOutcome,
  CancellationReason,
  CompletionOutcome,
  Envelope,
  IncidentStatus,
  RejectionCause,
} from '@hotline/partner-contracts';
import { EntityManager } from 'typeorm';
import { TransferOut } from './transfer-out.entity';
import { transferChangedPayload } from './transfer-view';
import { TransfersOutRepository } from './transfers-out.repository';

/**
 * A partner's answer to one of our transfers (R10.1), matched by the shared incident id: the receipt, the business
 * acknowledgement (accepted; or rejected with a cause, which returns the request to the operator), status updates,
 * completion or cancellation. Only the acknowledgement ends the retries. Each answer after the receipt is an event,
 * except progress that reaches a transfer already finished: that is kept among the partner's messages, and changes
 * nothing.
 */
@Injectable()
export class ApplyPartnerAnswer {
  constructor(
    private readonly transfers: TransfersOutRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async apply(manager: EntityManager, envelope: Envelope, now: Date): Promise<boolean> {
    const { body } = envelope;
    if (!['receipt', 'acknowledgement', 'statusUpdate', 'completion', 'cancellation'].includes(body.case ?? ''))
      return false;
    const transfer = await this.transfers.findBySharedIncident(manager, envelope.partner, envelope.sharedIncidentId);
    if (!transfer) return false;
    if (body.case !== 'receipt' && body.case !== 'acknowledgement' && isFinishedTransfer(transfer.status)) return true;
    switch (body.case) {
      case 'receipt':
        if (transfer.status === 'sent') transfer.status = 'received';
        break;
      case 'acknowledgement': {
        if (transfer.acknowledgedAt) return true;
        const accepted = body.value.outcome === AcknowledgementOutcome.ACCEPTED;
        transfer.acknowledgedAt = now;
        transfer.nextAttemptAt = null;
        transfer.status = accepted ? 'accepted' : 'rejected';
        transfer.cause = accepted ? null : RejectionCause[body.value.cause];
        transfer.detail = body.value.detail || null;
        transfer.partnerReference = body.value.receiverReference || null;
        break;
      }
      case 'statusUpdate':
        this.progress(transfer, 'in-progress', now, `${IncidentStatus[body.value.status]}${note(body.value.note)}`);
        break;
      case 'completion':
        this.progress(
          transfer,
          'completed',
          now,
          `${CompletionOutcome[body.value.outcome]}${note(body.value.disposition)}`,
        );
        break;
      case 'cancellation':
        this.progress(transfer, 'cancelled', now, `${CancellationReason[body.value.reason]}${note(body.value.detail)}`);
        break;
    }
    transfer.updatedAt = now;
    await this.transfers.save(manager, transfer);
    if (body.case !== 'receipt')
      await this.outbox.add(manager, TransferAnswered, transferChangedPayload(transfer), {
        actor: { kind: 'partner', id: envelope.partner },
        workOrderId: transfer.workOrderId,
        occurredAt: now,
      });
    return true;
  }

  /** Progress implies the partner took it: a status without an acknowledgement still ends the retries. */
  private progress(transfer: TransferOut, status: TransferStatus, now: Date, detail: string): void {
    transfer.status = status;
    transfer.detail = detail.slice(0, 2000);
    transfer.acknowledgedAt ??= now;
    transfer.nextAttemptAt = null;
  }
}

function note(text: string): string {
  return text ? `: ${text}` : '';
}
