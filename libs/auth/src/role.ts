export const ROLES = ['operator', 'reviewer', 'supervisor', 'unit', 'partner', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Hotline centre staff: they see every work order. A `unit` sees its own work only; a `partner` sees none. */
export const STAFF_ROLES: readonly Role[] = ['operator', 'reviewer', 'supervisor', 'admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
