import { ArticleStatus } from '@hotline/contracts';

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
