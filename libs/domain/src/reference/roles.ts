import { isOneOf } from './one-of';

/** Who may take a step: the JWT roles of the platform, plus 'system' for automatic steps. */
export const ACTOR_ROLES = ['operator', 'reviewer', 'supervisor', 'unit', 'partner', 'admin', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  readonly role: ActorRole;
  readonly id?: string;
  /** for role 'unit': the handling unit the actor belongs to */
  readonly unitId?: string;
  /**
   * for role 'unit': the units below it in the directory (Art. 8(4), 指导、协调和监督下级单位), whose work orders it reads
   * but does not act on; resolved once per request from the unit directory, absent when it supervises none
   */
  readonly supervisedUnitIds?: readonly string[];
}

export const isActorRole = (value: unknown): value is ActorRole => isOneOf(ACTOR_ROLES, value);
