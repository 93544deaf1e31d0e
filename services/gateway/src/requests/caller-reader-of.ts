import { Principal } from '@hotline/auth';
import { Actor } from '@hotline/contracts';
import { CALLER_CLEAR_READERS } from '@hotline/domain';
import { actorOf } from './actor-of';

/**
 * The role a caller read is made in: a clear-reading staff role if the principal has one, else unit, else its own
 * (an admin or partner, whom the domain refuses).
 */
export function callerReaderOf(principal: Principal): Actor {
  const role =
    CALLER_CLEAR_READERS.find((candidate) => principal.roles.includes(candidate)) ??
    (principal.roles.includes('unit') ? 'unit' : undefined);
  return role ? { ...actorOf(principal), role } : actorOf(principal);
}
