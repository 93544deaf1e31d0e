import { Principal } from '@hotline/auth';
import { Actor } from '@hotline/contracts';

/** The event actor for a signed-in principal: partners are partners, everyone else a user. */
export function actorOf(principal: Principal): Actor {
  const role = principal.roles[0];
  return {
    kind: principal.roles.includes('partner') && principal.roles.length === 1 ? 'partner' : 'user',
    id: principal.sub,
    ...(role ? { role } : {}),
    ...(principal.unitId ? { unitId: principal.unitId } : {}),
  };
}
