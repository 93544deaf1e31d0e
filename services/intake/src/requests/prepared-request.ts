import {
  Actor,
  RecordRequestCommand,
  RejectionSummary,
  WorkOrderClosedOnline,
  WorkOrderCreated,
  WorkOrderRejected,
  WorkOrderSummary,
} from '@hotline/contracts';
import { formatDue, IntakeDecision, rejectionReason, toBeijingIso, WorkOrder, workOrderToJson } from '@hotline/domain';
import { OutboxEntry } from '@hotline/persistence';
import { CitizenRequest } from './citizen-request.entity';
import { IntakeWorkOrder } from './intake-work-order.entity';
import { workOrderRequestOf } from './work-order-request-of';

/** A request decided and encrypted in its handler, waiting to be written with others (group commit). */
export interface PreparedRequest {
  command: RecordRequestCommand;
  decision: IntakeDecision;
  row: CitizenRequest;
  /** The work order as the domain opened it; its readable number is taken when it is written. */
  state: WorkOrder;
  actor: Actor;
  now: Date;
  /** The trace of the request's own handler, for its events. */
  traceHeaders: Record<string, string>;
}

export function workOrderRowOf({ row, state, decision, now }: PreparedRequest, number: string): IntakeWorkOrder {
  const callback = state.deadlines.onlineCallback;
  return {
    id: state.id,
    number,
    requestId: row.id,
    createdAt: now,
    rejectionReasonCode: decision.outcome === 'reject' ? decision.reasonCode : null,
    rejectionBasis: decision.outcome === 'reject' ? decision.basis : null,
    articleId: decision.outcome === 'close-online' ? decision.articleId : null,
    articleVersion: decision.outcome === 'close-online' ? (decision.citation?.articleVersion ?? null) : null,
    callbackDue: callback?.due ?? null,
    callbackDueProvisional: callback?.provisional ?? null,
  };
}

/** The events that announce a recorded request: its work order, and how it was decided when not dispatched. */
export function eventsOf(prepared: PreparedRequest, workOrder: IntakeWorkOrder): OutboxEntry[] {
  const { command, decision, row, state, actor, now, traceHeaders: headers } = prepared;
  const meta = { actor, workOrderId: workOrder.id, occurredAt: now };
  const snapshot = workOrderToJson(state);
  const created: OutboxEntry = {
    definition: WorkOrderCreated,
    payload: {
      workOrderId: workOrder.id,
      number: workOrder.number,
      requestId: row.id,
      channel: command.channel,
      type: command.type,
      status: state.status,
      ...(command.field ? { field: command.field } : {}),
      ...(command.category ? { category: command.category } : {}),
      ...(command.location?.district ? { district: command.location.district } : {}),
      receivedAt: now.toISOString(),
      ...(workOrder.callbackDue ? { callbackDue: workOrder.callbackDue.toISOString() } : {}),
      request: workOrderRequestOf(command, now),
      state: snapshot,
    },
    meta,
    headers,
  };
  const ids = { requestId: row.id, workOrderId: workOrder.id };
  if (decision.outcome === 'reject') {
    return [
      created,
      {
        definition: WorkOrderRejected,
        payload: { ...ids, reasonCode: decision.reasonCode, basis: decision.basis, ...transferOf(prepared, workOrder) },
        meta,
        headers,
      },
    ];
  }
  if (decision.outcome === 'close-online') {
    const version = decision.citation ? { articleVersion: decision.citation.articleVersion } : {};
    return [
      created,
      {
        definition: WorkOrderClosedOnline,
        payload: { ...ids, articleId: decision.articleId, ...version, state: snapshot },
        meta,
        headers,
      },
    ];
  }
  return [created];
}

/** R13.1(5), R10.1: what linkage needs to transfer an emergency rejection by itself; never caller identity. */
function transferOf({ decision, command, now }: PreparedRequest, workOrder: IntakeWorkOrder) {
  if (decision.outcome !== 'reject' || !decision.transfer) return {};
  const { to, shareCallback } = decision.transfer;
  return {
    number: workOrder.number,
    request: workOrderRequestOf(command, now),
    ...(to ? { transferTo: to } : {}),
    shareCallback,
  };
}

/** The work order as the recording answers it: its number, the status it was opened in, its callback deadline. */
export function summaryOf(workOrder: IntakeWorkOrder, status: string): WorkOrderSummary {
  const { id, number, callbackDue, callbackDueProvisional } = workOrder;
  if (!callbackDue) return { id, number, status };
  return {
    id,
    number,
    status,
    deadlines: {
      callback: {
        due: toBeijingIso(callbackDue),
        provisional: callbackDueProvisional === true,
        display: formatDue(callbackDue),
      },
    },
  };
}

/** R14.2 what the operator tells the caller of a request not accepted. */
export function rejectionOf(decision: IntakeDecision): RejectionSummary | undefined {
  if (decision.outcome !== 'reject') return undefined;
  return {
    reasonCode: decision.reasonCode,
    reason: rejectionReason(decision.reasonCode).zh,
    basis: decision.basis,
    decidedBy: decision.decidedBy,
  };
}
