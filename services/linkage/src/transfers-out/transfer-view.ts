import { TransferChangedPayload, TransferView } from '@hotline/contracts';
import { TransferOut } from './transfer-out.entity';

export function toTransferView(transfer: TransferOut): TransferView {
  return {
    id: transfer.id,
    workOrderId: transfer.workOrderId,
    ...(transfer.workOrderNumber ? { workOrderNumber: transfer.workOrderNumber } : {}),
    partner: transfer.partnerCode,
    sharedIncidentId: transfer.sharedIncidentId,
    messageId: transfer.messageId,
    status: transfer.status,
    attempts: transfer.attempts,
    sentAt: transfer.sentAt.toISOString(),
    ...(transfer.acknowledgedAt ? { acknowledgedAt: transfer.acknowledgedAt.toISOString() } : {}),
    ...(transfer.alertedAt ? { alertedAt: transfer.alertedAt.toISOString() } : {}),
    ...(transfer.cause ? { cause: transfer.cause } : {}),
    ...(transfer.detail ? { detail: transfer.detail } : {}),
    ...(transfer.partnerReference ? { partnerReference: transfer.partnerReference } : {}),
    updatedAt: transfer.updatedAt.toISOString(),
  };
}

/** The event's payload: the transfer's state, never its callback number. */
export function transferChangedPayload(transfer: TransferOut): TransferChangedPayload {
  return {
    transferId: transfer.id,
    workOrderId: transfer.workOrderId,
    partner: transfer.partnerCode,
    status: transfer.status,
    attempts: transfer.attempts,
    sentAt: transfer.sentAt.toISOString(),
    ...(transfer.cause ? { cause: transfer.cause } : {}),
    ...(transfer.detail ? { detail: transfer.detail } : {}),
  };
}
