import { ForbiddenException } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { WorkOrder } from '@hotline/domain';

/** Staff see every work order; a unit only those it leads or co-handles (and, for returns, those it returned). */
export function assertMayRead(actor: Actor, order: WorkOrder, alsoUnitIds: readonly string[] = []): void {
  if (actor.role !== 'unit') return;
  const unitId = actor.unitId;
  const units = [order.assignment?.leadUnitId, ...(order.assignment?.coUnitIds ?? []), ...alsoUnitIds];
  if (!unitId || !units.includes(unitId)) {
    throw new ForbiddenException(`unit ${unitId ?? '?'} is not assigned to work order ${order.id}`);
  }
}
