import { beijingDayOf, dayToIsoDate, IsoDate, isoDateToDay } from '../time/beijing-time';

/** Only a published article is held to its review date; drafts and retired articles are never stale. */
export const STALE_CANDIDATE_STATUS = 'published';

export interface ReviewedArticle {
  readonly status: string;
  readonly reviewBy: IsoDate;
}

export type ArticleStaleness = { readonly stale: false } | { readonly stale: true; readonly daysOverdue: number };

/** R26.1: how many days an article is past its review date on the Beijing day of `now` (0 or less: not stale). */
export function daysPastReview(reviewBy: IsoDate, now: Date): number {
  return beijingDayOf(now) - isoDateToDay(reviewBy);
}

/**
 * R26.1 (reported per R7.1): a published article whose review date lies before the Beijing day of `now` is stale,
 * by that many days; the review day itself still counts as kept up to date.
 */
export function articleStaleness(article: ReviewedArticle, now: Date): ArticleStaleness {
  if (article.status !== STALE_CANDIDATE_STATUS) return { stale: false };
  const daysOverdue = daysPastReview(article.reviewBy, now);
  return daysOverdue > 0 ? { stale: true, daysOverdue } : { stale: false };
}

/** R26.1: articles whose review date lies before this Beijing day (the day of `now`) are stale. */
export function staleBefore(now: Date): IsoDate {
  return dayToIsoDate(beijingDayOf(now));
}

/** The Beijing calendar day `months` months after the day of `now`, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function reviewDateAfter(now: Date, months: number): IsoDate {
  const [year, month, day] = dayToIsoDate(beijingDayOf(now)).split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
