import { ForbiddenException } from '@nestjs/common';
import { hasAnyRole, type Principal } from './principal';
import { STAFF_ROLES } from './role';

export interface UnitAssignment {
  leadUnitId?: string | null;
  coUnitIds?: readonly string[] | null;
}

/** What a principal may see: every work order (staff), one unit's (role unit), or none (e.g. a partner). */
export type WorkScope = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** For list queries: filter by `unitId` when the scope is a unit, refuse when it is none. */
export function workScopeOf(principal: Principal): WorkScope {
  if (hasAnyRole(principal, STAFF_ROLES)) return { kind: 'all' };
  if (principal.roles.includes('unit') && principal.unitId) return { kind: 'unit', unitId: principal.unitId };
  return { kind: 'none' };
}

/** Staff see every work order; a unit sees those where it is the lead (承办) or a co-handling (协办) unit. */
export function canSeeUnitWork(principal: Principal, { leadUnitId, coUnitIds }: UnitAssignment): boolean {
  const scope = workScopeOf(principal);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return scope.unitId === leadUnitId || (coUnitIds ?? []).includes(scope.unitId);
}

/** Signing, returns, extensions, replies and appeals belong to the lead unit alone, not to co units or staff. */
export function assertActsAsLead(principal: Principal, leadUnitId: string | null | undefined): void {
  const actsAsUnit = principal.roles.includes('unit') && principal.unitId;
  if (actsAsUnit && leadUnitId && principal.unitId === leadUnitId) return;
  throw new ForbiddenException(
    actsAsUnit
      ? `unit ${principal.unitId} is not the lead unit of this work order`
      : 'only the lead unit of this work order may do this',
  );
}
