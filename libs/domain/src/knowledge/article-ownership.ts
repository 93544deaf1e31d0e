import { InvalidDomainInputError, RoleNotAllowedError } from '../errors/domain-error';
import { Actor } from '../reference/roles';

const WRITERS = ['unit', 'admin'] as const;

/**
 * R8.1: the owner of a new knowledge article. A unit writes its own entries (naming another unit is refused, 403);
 * an admin writes for any unit and must say which (400 naming `ownerUnitId`).
 */
export function ownerOfNewArticle(actor: Actor, requestedOwner: string | undefined): string {
  if (actor.role === 'admin') {
    if (!requestedOwner) {
      throw new InvalidDomainInputError('R8.1: an admin writes for a unit it names', [
        { path: 'ownerUnitId', message: 'an admin must name the owner unit' },
      ]);
    }
    return requestedOwner;
  }
  if (actor.role === 'unit' && actor.unitId) {
    if (requestedOwner && requestedOwner !== actor.unitId) {
      throw new RoleNotAllowedError(
        'create-article',
        actor.role,
        WRITERS,
        'R8.1: a unit writes only its own knowledge articles',
      );
    }
    return actor.unitId;
  }
  throw new RoleNotAllowedError(
    'create-article',
    actor.role,
    WRITERS,
    'R8.1: only a unit or an admin writes knowledge articles',
  );
}

/** R8.1: a unit edits only the articles it owns; an admin edits any (403 otherwise). */
export function assertMayEditArticle(actor: Actor, ownerUnitId: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'unit' && actor.unitId !== undefined && actor.unitId === ownerUnitId) return;
  throw new RoleNotAllowedError(
    'edit-article',
    actor.role,
    WRITERS,
    'R8.1: a unit edits only its own knowledge articles',
  );
}
