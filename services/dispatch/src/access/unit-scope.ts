import { Actor, domainActorOf } from '@hotline/contracts';
import { AccessDeniedError, maySeeWorkOrder, WorkOrder } from '@hotline/domain';

/** Staff see every work order; a unit only those it leads or co-handles (and, for returns, those it returned). */
export function assertMayRead(actor: Actor, order: WorkOrder, alsoUnitIds: readonly string[] = []): void {
  if (!maySeeWorkOrder(domainActorOf(actor), order, alsoUnitIds)) {
    throw new AccessDeniedError(`unit ${actor.unitId ?? '?'} is not assigned to work order ${order.id}`);
  }
}
