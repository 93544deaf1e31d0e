import { isOneOf } from './one-of';

/** Who may take a step: the JWT roles of the platform, plus 'system' for automatic steps. */
export const ACTOR_ROLES = ['operator', 'reviewer', 'supervisor', 'unit', 'partner', 'admin', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  readonly role: ActorRole;
  readonly id?: string;
  /** for role 'unit': the handling unit the actor belongs to */
  readonly unitId?: string;
}

export const isActorRole = (value: unknown): value is ActorRole => isOneOf(ACTOR_ROLES, value);
