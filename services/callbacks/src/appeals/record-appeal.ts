import { WorkOrderStepPayload } from '@hotline/contracts';
import { workOrderFromJson } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { Appeal } from './appeal.entity';

/**
 * The appeals row of an appeal some service took (handling, on a re-handling): named like the answer the unit
 * got (`<work order id>:<version>`); an appeal taken here is already there, and a redelivery changes nothing.
 */
export async function recordAppealTakenElsewhere(manager: EntityManager, payload: WorkOrderStepPayload): Promise<void> {
  const order = workOrderFromJson(payload.state);
  if (!order.appeal) return;
  const appeal: Appeal = {
    id: `${payload.workOrderId}:${payload.version}`,
    workOrderId: payload.workOrderId,
    unitId: order.assignment?.leadUnitId ?? '',
    reason: order.appeal.reason,
    evidence: order.appeal.evidence,
    requestedAt: order.appeal.requestedAt,
    decision: null,
    decidedBy: null,
    decidedAt: null,
  };
  await manager.createQueryBuilder().insert().into(Appeal).values(appeal).orIgnore().execute();
}
