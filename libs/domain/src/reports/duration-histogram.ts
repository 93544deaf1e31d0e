import { MS_PER_DAY } from '../time/beijing-time';

/**
 * R24.1 durations are kept as counts per whole working minute (a histogram per unit and month), so a month of any
 * size merges its medians and p90s from at most one bucket per minute instead of sorting every order's duration.
 * Precision: a duration is counted at the nearest working minute (1/1440 working day, ±30 s), well inside the
 * report's 0.01 working day (14.4 minutes); durations that are whole minutes are exact.
 */
export const DURATION_PRECISION = '按工作分钟计（±30 秒），报表保留两位小数（工作日）';

const MS_PER_MINUTE = 60_000;

/** The working minute a duration in working days is counted at. */
export function durationMinuteOf(workingDays: number): number {
  return Math.round((workingDays * MS_PER_DAY) / MS_PER_MINUTE);
}

/** Working days of a bucket's minute (the same division as durations measured in milliseconds). */
export const workingDaysOfMinute = (minute: number): number => (minute * MS_PER_MINUTE) / MS_PER_DAY;

export interface DurationBucket {
  readonly minute: number;
  readonly count: number;
}

/**
 * R24.1 the linear-interpolated percentile (as percentileOf and Postgres's percentile_cont) of the durations a
 * histogram holds, each taken at its bucket's minute; buckets in any order, a minute may appear more than once.
 */
export function percentileOfHistogram(buckets: readonly DurationBucket[], fraction: number): number | null {
  const merged = new Map<number, number>();
  for (const { minute, count } of buckets) if (count > 0) merged.set(minute, (merged.get(minute) ?? 0) + count);
  const sorted = [...merged.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const position = (total - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [minute, count] of sorted) {
      seen += count;
      if (rank < seen) return workingDaysOfMinute(minute);
    }
    return workingDaysOfMinute(sorted[sorted.length - 1][0]);
  };
  const lowValue = valueAt(low);
  return lowValue + (valueAt(high) - lowValue) * (position - low);
}
