import { AuthError } from './auth-error';
import type { Principal } from './principal';
import { isRole, type Role } from './role';

/** Checks the claims that make a principal; used both when verifying and before signing. */
export function principalFromClaims(claims: unknown): Principal {
  if (typeof claims !== 'object' || claims === null) {
    throw new AuthError('missing-claims', 'token has no claims');
  }
  const { sub, roles, unitId } = claims as Record<string, unknown>;
  if (typeof sub !== 'string' || sub.trim() === '') {
    throw new AuthError('missing-claims', 'token has no subject (sub)');
  }
  if (!Array.isArray(roles) || roles.length === 0) {
    throw new AuthError('missing-claims', 'token has no roles');
  }
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new AuthError('unknown-role', `token has unknown role(s): ${unknown.map(String).join(', ')}`);
  }
  if (unitId !== undefined && (typeof unitId !== 'string' || unitId.trim() === '')) {
    throw new AuthError('missing-claims', 'token has an empty or non-string unitId');
  }
  const uniqueRoles = [...new Set(roles as Role[])];
  if (uniqueRoles.includes('unit') && unitId === undefined) {
    throw new AuthError('unit-without-unit-id', 'a token with role unit must name its unitId');
  }
  return unitId === undefined ? { sub, roles: uniqueRoles } : { sub, roles: uniqueRoles, unitId };
}
