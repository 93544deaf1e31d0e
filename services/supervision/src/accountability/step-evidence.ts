import { Injectable } from '@nestjs/common';
import { EventEnvelope, RefusedReturnView, ReplyContradictionView, WorkOrderStepPayload } from '@hotline/contracts';
import { replyContradictionsOf, WorkOrder, workOrderFromJson } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { AccountabilityFinding } from './accountability-finding.entity';
import { AccountabilityFindingRepository } from './accountability-finding.repository';

/**
 * Art. 26 evidence in a work order's steps, recorded beside supervision's copy (in the transaction of the step's
 * timeline entry, once per event): (1) a return refused after review, (3) a callback that contradicts the unit's reply.
 */
@Injectable()
export class StepEvidence {
  constructor(private readonly findings: AccountabilityFindingRepository) {}

  async record(manager: EntityManager, event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    const finding = findingOf(event);
    if (finding) await this.findings.add(manager, finding);
  }
}

function findingOf(event: EventEnvelope<WorkOrderStepPayload>): AccountabilityFinding | undefined {
  const { payload } = event;
  if (payload.step !== 'reject-return' && payload.step !== 'record-callback') return undefined;
  const order = workOrderFromJson(payload.state);
  const base = { eventId: event.id, workOrderId: payload.workOrderId, occurredAt: new Date(payload.at) };
  if (payload.step === 'reject-return') {
    const unitId = order.assignment?.leadUnitId;
    if (!unitId || !order.returnRequest) return undefined;
    const details: Omit<RefusedReturnView, 'workOrderId' | 'unitId'> = {
      reason: order.returnRequest.reason,
      basis: order.returnRequest.basis,
      requestedAt: order.returnRequest.requestedAt.toISOString(),
      refusedAt: payload.at,
      refusedBy: event.actor.id,
      ...(typeof payload.details.comment === 'string' ? { comment: payload.details.comment } : {}),
    };
    return { ...base, item: 1, unitId, details };
  }
  return contradictionOf(order, base);
}

function contradictionOf(
  order: WorkOrder,
  base: Pick<AccountabilityFinding, 'eventId' | 'workOrderId' | 'occurredAt'>,
): AccountabilityFinding | undefined {
  const { reply, callback } = order;
  const kinds = replyContradictionsOf(reply, callback);
  const unitId = reply?.leadUnitId ?? order.assignment?.leadUnitId;
  if (kinds.length === 0 || !reply || !callback || !unitId) return undefined;
  const details: Omit<ReplyContradictionView, 'workOrderId' | 'unitId'> = {
    kinds,
    reply: {
      outcome: reply.outcome,
      callerContacted: reply.callerContacted,
      submittedAt: reply.submittedAt.toISOString(),
    },
    callback: {
      satisfaction: callback.satisfaction,
      contacted: callback.contacted,
      ...(callback.cause ? { cause: callback.cause } : {}),
      recordedAt: callback.recordedAt.toISOString(),
    },
  };
  return { ...base, item: 3, unitId, details };
}
