import { Actor, domainActorOf } from '@hotline/contracts';
import { AccessDeniedError, maySeeWorkOrder, onlyTheLeadUnit, unitRoleIn, WorkOrder } from '@hotline/domain';

export { unitRoleIn };

/**
 * A unit acts only on work orders it leads; 403 before anything about the order's state is revealed. A co unit
 * is told that only the lead unit takes the step (R15.5).
 */
export function assertUnitLeads(actor: Actor, order: WorkOrder, step?: string): void {
  if (actor.role !== 'unit') return;
  const role = unitRoleIn(order, actor.unitId);
  if (role === 'co') throw new AccessDeniedError(onlyTheLeadUnit(step ?? 'act on it', actor.unitId));
  if (role !== 'lead')
    throw new AccessDeniedError(`unit '${actor.unitId ?? '?'}' is not the lead unit of work order ${order.id}`);
}

/** Staff read every work order; a unit those it leads or co-handles; nobody else any. */
export function assertMaySee(actor: Actor, order: WorkOrder): void {
  if (!maySeeWorkOrder(domainActorOf(actor), order)) {
    throw new AccessDeniedError(
      `work order ${order.id} is not one of ${actor.unitId ? `unit '${actor.unitId}'` : 'yours'}`,
    );
  }
}
