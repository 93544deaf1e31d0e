import type { Actor } from '../reference/roles';
import { type Assigned, unitRoleIn } from './unit-access';

/**
 * Which work orders an actor sees, as a list query asks it: every one (centre staff and the system), those one unit
 * handles as lead or co unit — and, read-only, those the units below it handle (Art. 8(4)) — or none (a partner, a
 * unit account without its unit).
 */
export type WorkOrderVisibility =
  | { readonly kind: 'every' }
  | { readonly kind: 'handled-by'; readonly unitId: string; readonly supervisedUnitIds?: readonly string[] }
  | { readonly kind: 'none' };

/**
 * R14.1, R14.3, R15.5: the centre (operator, reviewer, supervisor, admin) and the system see every work order; a unit
 * those it handles, as the lead unit (牵头) or a co-handling unit (会同); anybody else none. Art. 8(4): a unit also
 * reads the work orders of the units below it (a district government those of its townships and streets), without
 * acting on them. The one decision of who sees which work order: `maySeeWorkOrder` applies it to one order, a
 * repository expresses it in SQL for a list.
 */
export function workOrderVisibilityOf(actor: Actor): WorkOrderVisibility {
  if (actor.role === 'unit') {
    if (!actor.unitId) return { kind: 'none' };
    const supervised = (actor.supervisedUnitIds ?? []).filter((id) => id !== actor.unitId);
    return {
      kind: 'handled-by',
      unitId: actor.unitId,
      ...(supervised.length > 0 ? { supervisedUnitIds: [...new Set(supervised)] } : {}),
    };
  }
  return actor.role === 'partner' ? { kind: 'none' } : { kind: 'every' };
}

/**
 * Who may see a work order (and its caller, masked, R14.3): its visibility applied to the order's lead and co units —
 * plus any units the caller of this function names (e.g. one that returned it, R16.2).
 */
export function maySeeWorkOrder(actor: Actor, order: Assigned, alsoUnitIds: readonly string[] = []): boolean {
  const visibility = workOrderVisibilityOf(actor);
  if (visibility.kind !== 'handled-by') return visibility.kind === 'every';
  return (
    unitRoleIn(order, visibility.unitId) !== undefined ||
    alsoUnitIds.includes(visibility.unitId) ||
    supervisesWorkOrder(actor, order)
  );
}

/**
 * Art. 8(4): the actor sees the work order only as the unit above one of its units — it reads it, and every step
 * stays the handling units' (a step's own rules, which look at the lead and co units alone, refuse it).
 */
export function supervisesWorkOrder(actor: Actor, order: Assigned): boolean {
  const visibility = workOrderVisibilityOf(actor);
  if (visibility.kind !== 'handled-by' || !visibility.supervisedUnitIds) return false;
  if (unitRoleIn(order, visibility.unitId) !== undefined) return false;
  return visibility.supervisedUnitIds.some((unitId) => unitRoleIn(order, unitId) !== undefined);
}
