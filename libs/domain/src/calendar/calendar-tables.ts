import { InvalidDomainInputError } from '../errors/domain-error';
import { dayToIsoDate, firstDayOfYear, isoDateToDay, isWeekendDay } from '../time/beijing-time';
import type { HolidayNotice } from './holiday-notice';
import { STATUTORY_FALLBACK_YEARS, statutoryHolidays } from './statutory-holidays';

export const DAY_KINDS = [
  'workday',
  'weekend',
  'holiday',
  'make-up-workday',
  'statutory-holiday',
  'compensatory-holiday',
] as const;
export type DayKind = (typeof DAY_KINDS)[number];

const KIND = { workday: 0, weekend: 1, holiday: 2, makeUpWorkday: 3, statutoryHoliday: 4, compensatoryHoliday: 5 };

/**
 * The next year's notice can still move the last days of December (the 2019 notice made 2018-12-29 a workday
 * and 2018-12-31 a holiday), so those days stay provisional until it is loaded.
 */
export const DAYS_OF_DECEMBER_OPEN_TO_NEXT_NOTICE = 3;

/** Everything a lookup needs, precomputed once per calendar so that a deadline is a few array reads. */
export interface CalendarTables {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly baseDay: number;
  readonly length: number;
  readonly kinds: Uint8Array;
  readonly names: ReadonlyMap<number, string>;
  /** day index → year of the notice that set the day */
  readonly setByNotice: ReadonlyMap<number, number>;
  /** workingBefore[i]: working days among day indexes 0 … i-1 */
  readonly workingBefore: Int32Array;
  /** workingIndexes[k]: day index of the (k+1)-th working day */
  readonly workingIndexes: Int32Array;
  /** provisionalBefore[i]: provisional days among day indexes 0 … i-1 */
  readonly provisionalBefore: Int32Array;
}

export function isWorkingKind(kind: number): boolean {
  return kind === KIND.workday || kind === KIND.makeUpWorkday;
}

function coveredYears(published: ReadonlySet<number>): { firstYear: number; lastYear: number } {
  let firstYear: number = STATUTORY_FALLBACK_YEARS.first;
  let lastYear: number = STATUTORY_FALLBACK_YEARS.last;
  while (published.has(firstYear - 1)) firstYear--;
  while (published.has(lastYear + 1)) lastYear++;
  return { firstYear, lastYear };
}

interface Marker {
  readonly kinds: Uint8Array;
  readonly names: Map<number, string>;
  readonly setBy: Map<number, number>;
  readonly baseDay: number;
}

function markFallbackYear(marker: Marker, year: number): void {
  for (const holiday of statutoryHolidays(year) ?? []) {
    const index = isoDateToDay(holiday.date) - marker.baseDay;
    if (index < 0 || index >= marker.kinds.length) continue;
    marker.kinds[index] = holiday.compensatory ? KIND.compensatoryHoliday : KIND.statutoryHoliday;
    marker.names.set(index, holiday.name);
  }
}

function markNoticeDay(marker: Marker, notice: HolidayNotice, day: number, kind: number, name?: string): void {
  const index = day - marker.baseDay;
  if (index < 0 || index >= marker.kinds.length) return;
  const otherYear = marker.setBy.get(index);
  if (otherYear !== undefined && otherYear !== notice.year && marker.kinds[index] !== kind) {
    const message = `the ${otherYear} and ${notice.year} notices disagree about ${dayToIsoDate(day)}`;
    throw new InvalidDomainInputError('conflicting holiday notices', [{ path: `${notice.year}`, message }]);
  }
  marker.kinds[index] = kind;
  marker.setBy.set(index, notice.year);
  if (name !== undefined) marker.names.set(index, name);
}

function markNotice(marker: Marker, notice: HolidayNotice): void {
  for (const period of notice.holidays) {
    for (let day = isoDateToDay(period.start); day <= isoDateToDay(period.end); day++) {
      markNoticeDay(marker, notice, day, KIND.holiday, period.name);
    }
  }
  for (const workday of notice.makeUpWorkdays) {
    const name = workday.name === undefined ? undefined : `${workday.name}调休上班`;
    markNoticeDay(marker, notice, isoDateToDay(workday.date), KIND.makeUpWorkday, name);
  }
}

function isProvisionalDay(day: number, year: number, published: ReadonlySet<number>): boolean {
  if (!published.has(year)) return true;
  return !published.has(year + 1) && day >= firstDayOfYear(year + 1) - DAYS_OF_DECEMBER_OPEN_TO_NEXT_NOTICE;
}

export function buildCalendarTables(notices: ReadonlyMap<number, HolidayNotice>): CalendarTables {
  const published = new Set(notices.keys());
  const { firstYear, lastYear } = coveredYears(published);
  const baseDay = firstDayOfYear(firstYear);
  const length = firstDayOfYear(lastYear + 1) - baseDay;
  const kinds = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    kinds[index] = isWeekendDay(baseDay + index) ? KIND.weekend : KIND.workday;
  }
  const marker: Marker = { kinds, names: new Map(), setBy: new Map(), baseDay };
  for (let year = firstYear; year <= lastYear; year++) {
    if (!published.has(year)) markFallbackYear(marker, year);
  }
  for (const notice of notices.values()) markNotice(marker, notice);

  const workingBefore = new Int32Array(length + 1);
  const provisionalBefore = new Int32Array(length + 1);
  const workingIndexes: number[] = [];
  let year = firstYear;
  let nextYearStart = firstDayOfYear(year + 1);
  for (let index = 0; index < length; index++) {
    const day = baseDay + index;
    if (day >= nextYearStart) nextYearStart = firstDayOfYear(++year + 1);
    const working = isWorkingKind(kinds[index]);
    if (working) workingIndexes.push(index);
    workingBefore[index + 1] = workingBefore[index] + (working ? 1 : 0);
    provisionalBefore[index + 1] = provisionalBefore[index] + (isProvisionalDay(day, year, published) ? 1 : 0);
  }
  return {
    firstYear,
    lastYear,
    baseDay,
    length,
    kinds,
    names: marker.names,
    setByNotice: marker.setBy,
    workingBefore,
    workingIndexes: Int32Array.from(workingIndexes),
    provisionalBefore,
  };
}
