import { beijingDayOf, isoDateToDay } from '@hotline/domain';

/** R26.1: how many days an article is past its review date on the Beijing day of `now` (0 or less: not stale). */
export function daysPastReview(reviewBy: string, now: Date): number {
  return beijingDayOf(now) - isoDateToDay(reviewBy);
}

export function isStale(status: string, reviewBy: string, now: Date): boolean {
  return status === 'published' && daysPastReview(reviewBy, now) > 0;
}
