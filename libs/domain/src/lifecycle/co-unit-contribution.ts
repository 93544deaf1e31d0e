import { IllegalTransitionError, RegulationViolationError, RoleNotAllowedError } from '../errors/domain-error';
import type { Actor } from '../reference/roles';
import { assertPlanDateInFuture } from './reply-record';
import { requireText } from './steps/step-rules';
import type { UnitReply, WorkOrder } from './work-order';
import type { WorkOrderStatus } from './work-order-status';

/** While the lead unit works on the order, its co-handling units (会同, R15.5) may hand in their part. */
export const CONTRIBUTION_STATUSES: readonly WorkOrderStatus[] = ['handling', 'extension-requested', 'rehandling'];

/** A co unit's part of the handling: what it did, for the lead unit to take into its reply. Not a step of the work order. */
export interface CoUnitContribution extends UnitReply {
  readonly workOrderId: string;
  readonly unitId: string;
  readonly submittedAt: Date;
}

/**
 * R15.5: one lead unit (牵头) answers for the work order; co-handling units (会同) contribute to its reply.
 * Only a co unit of the order may contribute, while the order is being handled; the lead unit replies itself
 * (R18.1), so its own reply is a step and never a contribution. The contribution says who handled what, when
 * and with what result (R18.1), so the lead unit can answer for it.
 */
export function acceptCoUnitContribution(
  order: WorkOrder,
  actor: Actor,
  reply: UnitReply,
  now: Date,
): CoUnitContribution {
  const coUnits = order.assignment?.coUnitIds ?? [];
  if (actor.role !== 'unit' || !actor.unitId || !coUnits.includes(actor.unitId)) {
    const reason =
      actor.unitId === order.assignment?.leadUnitId
        ? 'the lead unit submits its reply as a step, not as a contribution'
        : `only a co-handling unit of this work order (${coUnits.join(', ') || 'none'}) may contribute`;
    throw new RoleNotAllowedError('contribute', actor.role, ['unit'], reason);
  }
  if (!CONTRIBUTION_STATUSES.includes(order.status)) {
    throw new IllegalTransitionError('contribute', order.status, CONTRIBUTION_STATUSES);
  }
  if (!(reply.handledAt instanceof Date) || Number.isNaN(reply.handledAt.getTime())) {
    throw new RegulationViolationError('R18.1', 'handledAt (handling time) is required', { field: 'handledAt' });
  }
  assertPlanDateInFuture(reply.planDate, now);
  return {
    ...reply,
    handledBy: requireText(reply.handledBy, 'R18.1', 'handledBy (handling body or person)'),
    process: requireText(reply.process, 'R18.1', 'process'),
    result: requireText(reply.result, 'R18.1', 'result'),
    workOrderId: order.id,
    unitId: actor.unitId,
    submittedAt: now,
  };
}
