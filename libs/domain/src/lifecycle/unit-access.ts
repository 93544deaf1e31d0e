import type { Assignment } from './work-order';

export type UnitRole = 'lead' | 'co';

export type Assigned = { readonly assignment?: Pick<Assignment, 'leadUnitId' | 'coUnitIds'> | null };

/** The part a unit has in a work order: its lead unit (牵头), a co-handling unit (会同, R15.5), or none. */
export function unitRoleIn(order: Assigned, unitId: string | undefined): UnitRole | undefined {
  if (!unitId || !order.assignment) return undefined;
  if (order.assignment.leadUnitId === unitId) return 'lead';
  return order.assignment.coUnitIds.includes(unitId) ? 'co' : undefined;
}

/**
 * R15.5: the answer to a co-handling unit (会同) that tries a step only the lead unit (牵头) takes, e.g. signing,
 * returning, asking for an extension, replying for the order or appealing.
 */
export function onlyTheLeadUnit(step: string, unitId: string | undefined): string {
  return `only the lead unit (牵头单位) may ${step.replace(/-/g, ' ')}: unit '${unitId ?? '?'}' is a co-handling unit (会同单位) of this work order (R15.5)`;
}
