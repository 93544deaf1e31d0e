import { Principal } from '@hotline/auth';
import { Actor } from '@hotline/contracts';
import { actorOf } from './actor-of';

const CLEAR_READERS = ['operator', 'reviewer', 'supervisor'] as const;

/** The role a caller read is made in: a clear-reading staff role if the principal has one, else unit (masked). */
export function callerReaderOf(principal: Principal): Actor {
  const role = CLEAR_READERS.find((candidate) => principal.roles.includes(candidate)) ?? 'unit';
  return { ...actorOf(principal), role };
}
