import { ForbiddenException } from '@nestjs/common';
import { Actor } from '@hotline/contracts';

/** A unit sees the work orders it leads or co-handles, and nothing else; centre staff see all. */
export function assertMayRead(viewer: Actor | undefined, workOrderId: string, units: { leadUnitId: string | null; coUnitIds: string[] }): void {
  if (viewer?.role !== 'unit') return;
  const mine = viewer.unitId !== undefined && (units.leadUnitId === viewer.unitId || units.coUnitIds.includes(viewer.unitId));
  if (!mine) throw new ForbiddenException(`work order ${workOrderId} is not one of unit ${viewer.unitId ?? '?'}'s work orders`);
}
