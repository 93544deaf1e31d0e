import { BRANCH_ORDER_STATUSES, isBranchOrderStatus } from '@hotline/domain';
import { Envelope, Sender } from './gen/hotline/partner/v1/envelope_pb';
import { BranchWorkOrder } from './gen/hotline/partner/v1/branch_pb';
import { AcknowledgementOutcome, RejectionCause } from './gen/hotline/partner/v1/transfer_pb';

export interface EnvelopeProblem {
  field: string;
  problem: string;
}

/** The longest matter a transfer carries (reference-notes 5.3: free text of at most 2,000 characters). */
export const TRANSFER_MATTER_MAX = 2000;
/** The most orders one reconciliation page carries. */
export const RECONCILIATION_PAGE_MAX = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALLBACK_NUMBER = /^\+?[0-9-]{3,20}$/;

/**
 * What a well-formed envelope from `partner` must hold beyond what protobuf checks: ids, sequence, expiry and the
 * fields each body needs, named by their JSON path. An empty list means it is usable.
 */
export function envelopeProblems(envelope: Envelope, partner: string): EnvelopeProblem[] {
  const problems: EnvelopeProblem[] = [];
  const need = (ok: boolean, field: string, problem: string) => {
    if (!ok) problems.push({ field, problem });
  };
  need(UUID.test(envelope.messageId), 'messageId', 'must be a UUID');
  need(envelope.partner === partner, 'partner', `must be the partner of the path, ${partner}`);
  need(envelope.sender === Sender.PARTNER, 'sender', 'must be SENDER_PARTNER');
  need(envelope.sequence >= 1n, 'sequence', 'must be 1 or more');
  need(envelope.sentAt !== undefined, 'sentAt', 'is required');
  need(envelope.expiresAt !== undefined, 'expiresAt', 'is required');
  need(UUID.test(envelope.sharedIncidentId), 'sharedIncidentId', 'must be a UUID');
  problems.push(...bodyProblems(envelope));
  return problems;
}

function bodyProblems({ body }: Envelope): EnvelopeProblem[] {
  const problems: EnvelopeProblem[] = [];
  const need = (ok: boolean, field: string, problem: string) => {
    if (!ok) problems.push({ field: `${body.case ?? 'body'}.${field}`, problem });
  };
  switch (body.case) {
    case undefined:
      return [{ field: 'body', problem: 'one of transfer, receipt, acknowledgement, ... is required' }];
    case 'transfer':
      need(text(body.value.matter, TRANSFER_MATTER_MAX), 'matter', `must be 1 to ${TRANSFER_MATTER_MAX} characters`);
      need(text(body.value.category, 64), 'category', 'must be 1 to 64 characters');
      need(text(body.value.senderReference, 64), 'senderReference', 'must be 1 to 64 characters');
      need(
        body.value.callbackNumber === '' || CALLBACK_NUMBER.test(body.value.callbackNumber),
        'callbackNumber',
        'must be a phone number',
      );
      break;
    case 'receipt':
      need(UUID.test(body.value.receivedMessageId), 'receivedMessageId', 'must be a UUID');
      break;
    case 'acknowledgement':
      need(UUID.test(body.value.acknowledgedMessageId), 'acknowledgedMessageId', 'must be a UUID');
      need(body.value.outcome !== AcknowledgementOutcome.UNSPECIFIED, 'outcome', 'is required');
      need(
        body.value.outcome !== AcknowledgementOutcome.REJECTED || body.value.cause !== RejectionCause.UNSPECIFIED,
        'cause',
        'is required when rejected',
      );
      need(body.value.detail.length <= 2000, 'detail', 'must be at most 2000 characters');
      break;
    case 'statusUpdate':
      need(body.value.status !== 0, 'status', 'is required');
      need(body.value.note.length <= 2000, 'note', 'must be at most 2000 characters');
      break;
    case 'completion':
      need(body.value.outcome !== 0, 'outcome', 'is required');
      need(body.value.disposition.length <= 2000, 'disposition', 'must be at most 2000 characters');
      break;
    case 'cancellation':
      need(body.value.reason !== 0, 'reason', 'is required');
      break;
    case 'branchWorkOrder':
      return branchOrderProblems(body.value, 'branchWorkOrder');
    case 'branchStatus':
      need(text(body.value.externalId, 64), 'externalId', 'must be 1 to 64 characters');
      need(isBranchOrderStatus(body.value.status), 'status', `must be one of ${BRANCH_ORDER_STATUSES.join(', ')}`);
      need(body.value.changedAt !== undefined, 'changedAt', 'is required');
      need(body.value.note.length <= 2000, 'note', 'must be at most 2000 characters');
      break;
    case 'reconciliationRequest':
      need(body.value.toSequence >= body.value.fromSequence, 'toSequence', 'must not be before fromSequence');
      break;
    case 'reconciliationPage':
      need(body.value.orders.length <= RECONCILIATION_PAGE_MAX, 'orders', `at most ${RECONCILIATION_PAGE_MAX}`);
      body.value.orders.forEach((order, index) =>
        problems.push(...branchOrderProblems(order, `reconciliationPage.orders[${index}]`)),
      );
      break;
  }
  return problems;
}

function branchOrderProblems(order: BranchWorkOrder, path: string): EnvelopeProblem[] {
  const problems: EnvelopeProblem[] = [];
  const need = (ok: boolean, field: string, problem: string) => {
    if (!ok) problems.push({ field: `${path}.${field}`, problem });
  };
  need(text(order.externalId, 64), 'externalId', 'must be 1 to 64 characters');
  need(text(order.number, 64), 'number', 'must be 1 to 64 characters');
  need(text(order.requestType, 32), 'requestType', 'must be 1 to 32 characters');
  need(isBranchOrderStatus(order.status), 'status', `must be one of ${BRANCH_ORDER_STATUSES.join(', ')}`);
  need(text(order.matter, TRANSFER_MATTER_MAX), 'matter', `must be 1 to ${TRANSFER_MATTER_MAX} characters`);
  need(order.category.length <= 64, 'category', 'must be at most 64 characters');
  need(order.district.length <= 64, 'district', 'must be at most 64 characters');
  need(order.handlingUnit.length <= 128, 'handlingUnit', 'must be at most 128 characters');
  need(order.acceptedAt !== undefined, 'acceptedAt', 'is required');
  need(order.updatedAt !== undefined, 'updatedAt', 'is required');
  return problems;
}

function text(value: string, max: number): boolean {
  return value.trim().length > 0 && value.length <= max;
}
