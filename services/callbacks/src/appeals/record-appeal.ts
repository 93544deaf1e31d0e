import { WorkOrderStepPayload } from '@hotline/contracts';
import { requestIdOf, workOrderFromJson } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { Appeal } from './appeal.entity';
import { AppealsRepository } from './appeals.repository';

/**
 * The appeals row of an appeal some service took (handling, on a re-handling): named like the answer the unit
 * got (`<work order id>:<version>`); undefined when the step carries no appeal.
 */
export function appealTakenElsewhere(payload: WorkOrderStepPayload): Appeal | undefined {
  const order = workOrderFromJson(payload.state);
  if (!order.appeal) return undefined;
  return {
    id: requestIdOf({ id: payload.workOrderId, version: payload.version }),
    workOrderId: payload.workOrderId,
    unitId: order.assignment?.leadUnitId ?? '',
    reason: order.appeal.reason,
    evidence: order.appeal.evidence,
    requestedAt: order.appeal.requestedAt,
    decision: null,
    decidedBy: null,
    decidedAt: null,
  };
}

/** An appeal taken here is already there, and a redelivery changes nothing. */
export async function recordAppealTakenElsewhere(
  manager: EntityManager,
  payload: WorkOrderStepPayload,
  appeals = new AppealsRepository(),
): Promise<void> {
  const appeal = appealTakenElsewhere(payload);
  if (appeal) await appeals.insertIfAbsent(manager, appeal);
}
