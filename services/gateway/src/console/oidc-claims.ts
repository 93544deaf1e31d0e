import type { Principal, Role } from '@hotline/auth';

const CONSOLE_ROLES: readonly Role[] = ['operator', 'reviewer', 'supervisor', 'unit', 'admin'];

export interface ClaimMapping {
  /** the claim listing the user's groups (default `groups`): an array, or one space-separated string */
  rolesClaim: string;
  /** a claim naming the user's unit directly (default `unit_id`), when the provider has one */
  unitClaim: string;
}

export type MappedPrincipal = { ok: true; principal: Principal } | { ok: false; reason: string };

/**
 * The documented mapping from the city's identity provider to the platform (README, "Sign-in"): a group
 * `hotline:<role>` gives that role (operator, reviewer, supervisor, admin); `hotline:unit:<unitId>` gives role unit
 * for that unit, as does `hotline:unit` with the unit claim. Nothing else gives a role; partners never sign in here.
 */
export function principalFromOidcClaims(claims: Record<string, unknown>, mapping: ClaimMapping): MappedPrincipal {
  const sub = typeof claims['sub'] === 'string' ? claims['sub'] : '';
  if (!sub) return { ok: false, reason: 'the identity token has no subject (sub)' };
  const roles = new Set<Role>();
  const units = new Set<string>();
  for (const group of groupsOf(claims[mapping.rolesClaim])) {
    const [prefix, role, unitId] = group.split(':');
    if (prefix !== 'hotline' || !role || !(CONSOLE_ROLES as readonly string[]).includes(role)) continue;
    roles.add(role as Role);
    if (role === 'unit' && unitId) units.add(unitId);
  }
  const unitClaim = claims[mapping.unitClaim];
  if (roles.has('unit') && typeof unitClaim === 'string' && unitClaim) units.add(unitClaim);
  if (roles.size === 0) return { ok: false, reason: `no group of ${mapping.rolesClaim} gives a role of the platform` };
  if (units.size > 1) return { ok: false, reason: 'the identity names more than one unit' };
  const unitId = [...units][0];
  if (roles.has('unit') && !unitId) return { ok: false, reason: 'role unit without a unit (hotline:unit:<unitId>)' };
  return { ok: true, principal: { sub: `oidc:${sub}`, roles: [...roles], ...(unitId ? { unitId } : {}) } };
}

function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
