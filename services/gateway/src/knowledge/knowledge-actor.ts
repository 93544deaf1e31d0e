import { Principal } from '@hotline/auth';
import { Actor } from '@hotline/contracts';

/**
 * The actor of a knowledge edit (R8.1): the role that grants the widest right acts, so a principal that is
 * both admin and unit edits as admin, and one that is a unit edits for its unit.
 */
export function knowledgeActorOf(principal: Principal): Actor {
  const role = principal.roles.includes('admin') ? 'admin' : principal.roles.includes('unit') ? 'unit' : principal.roles[0];
  return {
    kind: 'user',
    id: principal.sub,
    ...(role ? { role } : {}),
    ...(principal.unitId ? { unitId: principal.unitId } : {}),
  };
}
