import { Actor, domainActorOf } from '@hotline/contracts';
import { AccessDeniedError, maySeeWorkOrder } from '@hotline/domain';

/** A unit sees the work orders it leads or co-handles, and nothing else; centre staff see all (maySeeWorkOrder). */
export function assertMayRead(
  viewer: Actor | undefined,
  workOrderId: string,
  units: { leadUnitId: string | null; coUnitIds: string[] },
): void {
  const assignment = units.leadUnitId ? { leadUnitId: units.leadUnitId, coUnitIds: units.coUnitIds } : null;
  if (viewer && !maySeeWorkOrder(domainActorOf(viewer), { assignment })) {
    throw new AccessDeniedError(`work order ${workOrderId} is not one of unit ${viewer.unitId ?? '?'}'s work orders`);
  }
}
