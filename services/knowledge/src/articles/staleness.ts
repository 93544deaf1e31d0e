import { beijingDayOf, dayToIsoDate, isoDateToDay } from '@hotline/domain';

/** R26.1: how many days an article is past its review date on the Beijing day of `now` (0 or less: not stale). */
export function daysPastReview(reviewBy: string, now: Date): number {
  return beijingDayOf(now) - isoDateToDay(reviewBy);
}

/** R26.1: the first Beijing day on which an article whose review date lies before it is stale (the review day itself still counts as kept up to date). */
export function staleBefore(now: Date): string {
  return dayToIsoDate(beijingDayOf(now));
}

/** The Beijing calendar day `months` months after the day of `now`, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function reviewDateAfter(now: Date, months: number): string {
  const [year, month, day] = dayToIsoDate(beijingDayOf(now)).split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
