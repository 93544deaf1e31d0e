import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { Actor, ArticleStatus } from '@hotline/contracts';

/**
 * R8.1: the owner of a new article. A unit writes its own entries (naming another unit is refused);
 * an admin writes for any unit and must say which.
 */
export function ownerOfNewArticle(actor: Actor, requestedOwner: string | undefined): string {
  if (actor.role === 'admin') {
    if (!requestedOwner) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'ownerUnitId: an admin must name the owner unit' });
    return requestedOwner;
  }
  if (actor.role === 'unit' && actor.unitId) {
    if (requestedOwner && requestedOwner !== actor.unitId) throw new ForbiddenException('R8.1: a unit writes only its own knowledge articles');
    return actor.unitId;
  }
  throw new ForbiddenException('R8.1: only a unit or an admin writes knowledge articles');
}

/** R8.1: a unit edits only the articles it owns; an admin edits any. */
export function assertMayEdit(actor: Actor, ownerUnitId: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'unit' && actor.unitId === ownerUnitId) return;
  throw new ForbiddenException('R8.1: a unit edits only its own knowledge articles');
}

export type Announcement = 'published' | 'retired' | null;

/**
 * Which event a change announces: every change that leaves an article published makes a new published
 * version others should know; a change into retired withdraws it.
 */
export function announcementOf(previous: ArticleStatus | null, next: ArticleStatus): Announcement {
  if (next === 'published') return 'published';
  if (next === 'retired' && previous !== 'retired') return 'retired';
  return null;
}
