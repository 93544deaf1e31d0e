/**
 * R23.1 trigger 2 (集中投诉举报的热点), 每月一题: complaints and reports about one place (the street, else the district)
 * and one category, counted over a window, against that place × category's own baseline.
 *
 * The method is an expectation-based rule (the expected count comes from the place's own history adjusted for the day
 * of the week, as in expectation-based scan statistics, Neill/Moore, Auton Lab): the expected count of a window is the
 * mean of the same window one, two, … `baselineWeeks` weeks earlier (the same weekday and hours, so that a Monday is
 * compared with Mondays). A window is a hot spot when its count reaches both an absolute floor (`minCount`, a handful
 * of complaints is never "concentrated") and `ratio` times its expected count. Weeks the platform was not yet recording
 * are not zeros: they are left out, and with no such week at all the baseline is unknown and nothing is detected.
 */
export interface HotSpotThreshold {
  /** the fewest work orders in the window that can make a hot spot */
  readonly minCount: number;
  /** how many times its baseline the window's count must reach */
  readonly ratio: number;
}

/** Only complaints and reports count (Art. 23(2) 集中投诉举报). */
export const HOT_SPOT_REQUEST_TYPES = ['complaint', 'report'] as const;

const WEEK_MS = 7 * 24 * 3_600_000;

export interface HotSpotWindow {
  readonly start: Date;
  readonly end: Date;
}

/** The window that ends at `now` (start exclusive, end inclusive) and the same window each earlier week. */
export function hotSpotWindows(
  now: Date,
  windowHours: number,
  baselineWeeks: number,
): { readonly current: HotSpotWindow; readonly baseline: readonly HotSpotWindow[] } {
  const length = windowHours * 3_600_000;
  const shifted = (weeks: number): HotSpotWindow => ({
    start: new Date(now.getTime() - length - weeks * WEEK_MS),
    end: new Date(now.getTime() - weeks * WEEK_MS),
  });
  return { current: shifted(0), baseline: Array.from({ length: baselineWeeks }, (_, i) => shifted(i + 1)) };
}

/**
 * The expected count: the mean of the baseline windows the platform recorded whole (a window that starts before
 * `recordingSince` is left out); undefined when none was.
 */
export function hotSpotBaseline(
  windows: readonly (HotSpotWindow & { readonly count: number })[],
  recordingSince: Date | undefined,
): number | undefined {
  if (!recordingSince) return undefined;
  const known = windows.filter((window) => window.start.getTime() >= recordingSince.getTime());
  if (known.length === 0) return undefined;
  return known.reduce((sum, window) => sum + window.count, 0) / known.length;
}

/** Whether `count` in the window is a hot spot against its baseline (undefined: unknown, never a hot spot). */
export function isHotSpot(count: number, baseline: number | undefined, threshold: HotSpotThreshold): boolean {
  if (baseline === undefined) return false;
  return count >= threshold.minCount && count >= threshold.ratio * baseline;
}

/** The place a work order counts for: its street, else its district; none without a district. */
export function hotSpotPlaceOf(location: {
  readonly district?: string | null;
  readonly street?: string | null;
}): { readonly district: string; readonly street?: string } | undefined {
  const district = location.district?.trim();
  if (!district) return undefined;
  const street = location.street?.trim();
  return street ? { district, street } : { district };
}
