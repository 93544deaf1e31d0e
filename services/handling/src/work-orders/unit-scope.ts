import { ForbiddenException } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { WorkOrder } from '@hotline/domain';

const STAFF_ROLES = ['operator', 'reviewer', 'supervisor', 'admin'];

export function unitRoleIn(order: WorkOrder, unitId: string | undefined): 'lead' | 'co' | undefined {
  if (!unitId || !order.assignment) return undefined;
  if (order.assignment.leadUnitId === unitId) return 'lead';
  return order.assignment.coUnitIds.includes(unitId) ? 'co' : undefined;
}

/** A unit acts only on work orders it leads; 403 before anything about the order's state is revealed. */
export function assertUnitLeads(actor: Actor, order: WorkOrder): void {
  if (actor.role === 'unit' && unitRoleIn(order, actor.unitId) !== 'lead') {
    throw new ForbiddenException(`unit '${actor.unitId ?? '?'}' is not the lead unit of work order ${order.id}`);
  }
}

/** Staff read every work order; a unit those it leads or co-handles; nobody else any. */
export function assertMaySee(actor: Actor, order: WorkOrder): void {
  if (actor.kind === 'system' || STAFF_ROLES.includes(actor.role ?? '')) return;
  if (actor.role === 'unit' && unitRoleIn(order, actor.unitId)) return;
  throw new ForbiddenException(`work order ${order.id} is not one of ${actor.unitId ? `unit '${actor.unitId}'` : 'yours'}`);
}
