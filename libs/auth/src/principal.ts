import type { Role } from './role';

/** Who is calling, as proven by a verified token. */
export interface Principal {
  sub: string;
  roles: Role[];
  /** Set when `roles` contains `unit`: the unit whose work orders this principal may see and act on. */
  unitId?: string;
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
