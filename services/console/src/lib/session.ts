import type { ActorRole } from '@hotline/domain';

/** The roles a person signs in with: every actor's role but a partner line's and the platform's own. */
export type Role = Exclude<ActorRole, 'partner' | 'system'>;

export interface Session {
  token: string;
  sub: string;
  roles: Role[];
  unitId?: string;
  /** the role whose screens are shown; a user with several roles switches without signing in again */
  activeRole: Role;
  expiresAt?: string;
}

const KEY = 'hotline.console.session';
const listeners = new Set<() => void>();

export function currentSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && Date.parse(session.expiresAt) < Date.now()) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const ROLE_NAMES: Record<Role, string> = {
  operator: '话务员',
  unit: '承办单位',
  reviewer: '审核员',
  supervisor: '督办',
  admin: '系统管理员',
};

export const ROLE_HOMES: Record<Role, string> = {
  operator: '/operator',
  unit: '/unit',
  reviewer: '/reviewer',
  supervisor: '/supervisor',
  admin: '/admin',
};
