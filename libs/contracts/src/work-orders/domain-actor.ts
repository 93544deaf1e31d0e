import { Actor as DomainActor, isActorRole } from '@hotline/domain';
import { Actor } from '../events/event-envelope';

/** The actor of an event or command as the domain's step rules see it; a system actor acts as 'system'. */
export function domainActorOf(actor: Actor): DomainActor {
  if (actor.kind === 'system') return { role: 'system', id: actor.id };
  if (!isActorRole(actor.role))
    throw Object.assign(new Error(`actor ${actor.id} has no known role`), { httpStatus: 403 });
  return {
    role: actor.role,
    id: actor.id,
    ...(actor.unitId ? { unitId: actor.unitId } : {}),
    ...(actor.supervisedUnitIds?.length ? { supervisedUnitIds: actor.supervisedUnitIds } : {}),
  };
}
