import { ForbiddenException } from '@nestjs/common';
import { Actor, domainActorOf } from '@hotline/contracts';
import { maySeeWorkOrder, unitRoleIn, WorkOrder } from '@hotline/domain';

export { unitRoleIn };

/** A unit acts only on work orders it leads; 403 before anything about the order's state is revealed. */
export function assertUnitLeads(actor: Actor, order: WorkOrder): void {
  if (actor.role === 'unit' && unitRoleIn(order, actor.unitId) !== 'lead') {
    throw new ForbiddenException(`unit '${actor.unitId ?? '?'}' is not the lead unit of work order ${order.id}`);
  }
}

/** Staff read every work order; a unit those it leads or co-handles; nobody else any. */
export function assertMaySee(actor: Actor, order: WorkOrder): void {
  if (!maySeeWorkOrder(domainActorOf(actor), order)) {
    throw new ForbiddenException(`work order ${order.id} is not one of ${actor.unitId ? `unit '${actor.unitId}'` : 'yours'}`);
  }
}
