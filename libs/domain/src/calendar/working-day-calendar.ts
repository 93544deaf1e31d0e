import { CalendarCoverageError, InvalidDomainInputError } from '../errors/domain-error';
import {
  BEIJING_OFFSET_MS,
  dayToIsoDate,
  type IsoDate,
  isoDateToDay,
  lastDayOfPeriod,
  MS_PER_DAY,
  yearOfDay,
} from '../time/beijing-time';
import { buildCalendarTables, type CalendarTables, DAY_KINDS, type DayKind, isWorkingKind } from './calendar-tables';
import type { HolidayNotice } from './holiday-notice';
import { statutoryHolidayCitation } from './statutory-holidays';

export interface CalendarDay {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  readonly name?: string;
  /** true when the day's year has no notice loaded (or the next notice may still move it) */
  readonly provisional: boolean;
  /** the notice or the law the day's status comes from */
  readonly basis: string;
}

export interface WorkingDaysResult {
  /** 24:00 Beijing time of the last working day, as the instant 00:00 Beijing of the next day */
  readonly due: Date;
  /** true when any day counted lies in a year whose notice is not loaded */
  readonly provisional: boolean;
}

export interface RemainingWorkingTime {
  readonly overdue: boolean;
  /** whole working days after today, up to and including the last day of the period */
  readonly workingDaysLeft: number;
  /** the part of [now, due) that falls on working days */
  readonly workingMillisecondsLeft: number;
}

/** Working days longer than this are a mistake in the caller, not a deadline of the regulation. */
export const MAX_WORKING_DAYS = 366;

/**
 * The working-day calendar: the State Council's notices for the years that have one, the statutory holidays
 * of the holiday law (and weekends) for the years that do not. Immutable; loading a notice gives a new calendar.
 * Periods follow the Civil Code (Art. 201–203): the starting day is not counted and the period ends at 24:00
 * of its last day, all in Beijing time.
 */
export class WorkingDayCalendar {
  private readonly baseDay: number;
  private readonly length: number;
  private readonly workingBefore: Int32Array;
  private readonly workingIndexes: Int32Array;
  private readonly provisionalBefore: Int32Array;

  private constructor(
    private readonly notices: ReadonlyMap<number, HolidayNotice>,
    private readonly tables: CalendarTables,
  ) {
    this.baseDay = tables.baseDay;
    this.length = tables.length;
    this.workingBefore = tables.workingBefore;
    this.workingIndexes = tables.workingIndexes;
    this.provisionalBefore = tables.provisionalBefore;
  }

  /** Builds a calendar from validated notices (see parseHolidayNotice); one notice per year. */
  static fromNotices(notices: Iterable<HolidayNotice>): WorkingDayCalendar {
    const byYear = new Map<number, HolidayNotice>();
    for (const notice of notices) {
      if (byYear.has(notice.year)) {
        throw new InvalidDomainInputError('duplicate holiday notice', [
          { path: `${notice.year}`, message: `two notices for ${notice.year}` },
        ]);
      }
      byYear.set(notice.year, notice);
    }
    return new WorkingDayCalendar(byYear, buildCalendarTables(byYear));
  }

  /** A new calendar with this notice added, or replacing the notice of the same year. */
  withNotice(notice: HolidayNotice): WorkingDayCalendar {
    const others = [...this.notices.values()].filter((existing) => existing.year !== notice.year);
    return WorkingDayCalendar.fromNotices([...others, notice]);
  }

  get publishedYears(): readonly number[] {
    return [...this.notices.keys()].sort((a, b) => a - b);
  }

  get coveredYears(): { readonly first: number; readonly last: number } {
    return { first: this.tables.firstYear, last: this.tables.lastYear };
  }

  isPublished(year: number): boolean {
    return this.notices.has(year);
  }

  noticeOf(year: number): HolidayNotice | undefined {
    return this.notices.get(year);
  }

  day(date: IsoDate): CalendarDay {
    const day = isoDateToDay(date);
    const index = this.indexOf(day);
    const kind = DAY_KINDS[this.tables.kinds[index]];
    const year = yearOfDay(day);
    const name = this.tables.names.get(index);
    return {
      date: dayToIsoDate(day),
      working: isWorkingKind(this.tables.kinds[index]),
      kind,
      ...(name === undefined ? {} : { name }),
      provisional: this.provisionalBefore[index + 1] !== this.provisionalBefore[index],
      basis: this.basisOf(index, year, kind),
    };
  }

  isWorkingDay(date: IsoDate): boolean {
    return isWorkingKind(this.tables.kinds[this.indexOf(isoDateToDay(date))]);
  }

  /** The Nth working day after `date` (the day itself not counted). */
  addWorkingDays(date: IsoDate, workingDays: number): { readonly date: IsoDate; readonly provisional: boolean } {
    const { lastIndex, provisional } = this.walk(this.indexOf(isoDateToDay(date)), workingDays);
    return { date: dayToIsoDate(this.baseDay + lastIndex), provisional };
  }

  /** The end of N working days from `start`: 24:00 Beijing time of the Nth working day after the starting day. */
  deadlineAfterWorkingDays(start: Date, workingDays: number): WorkingDaysResult {
    const index = Math.floor((start.getTime() + BEIJING_OFFSET_MS) / MS_PER_DAY) - this.baseDay;
    const { lastIndex, provisional } = this.walk(index, workingDays);
    return { due: new Date((this.baseDay + lastIndex + 1) * MS_PER_DAY - BEIJING_OFFSET_MS), provisional };
  }

  /** N more working days after the last day of a period that ends at `due` (an approved extension). */
  extendDeadline(due: Date, workingDays: number): WorkingDaysResult {
    return this.deadlineAfterWorkingDays(new Date(due.getTime() - 1), workingDays);
  }

  /** Working days in (after, until]: after the first date, up to and including the second. */
  workingDaysBetween(after: IsoDate, until: IsoDate): number {
    const from = this.indexOf(isoDateToDay(after));
    const to = this.indexOf(isoDateToDay(until));
    return to <= from ? 0 : this.workingBefore[to + 1] - this.workingBefore[from + 1];
  }

  remainingWorkingTime(due: Date, now: Date): RemainingWorkingTime {
    const dueMs = due.getTime();
    const nowMs = now.getTime();
    if (nowMs >= dueMs) return { overdue: true, workingDaysLeft: 0, workingMillisecondsLeft: 0 };
    const nowIndex = this.indexOf(Math.floor((nowMs + BEIJING_OFFSET_MS) / MS_PER_DAY));
    const lastIndex = this.indexOf(lastDayOfPeriod(due));
    const startOf = (index: number) => (this.baseDay + index) * MS_PER_DAY - BEIJING_OFFSET_MS;
    const working = (index: number) => isWorkingKind(this.tables.kinds[index]);
    const workingDaysLeft = this.workingBefore[lastIndex + 1] - this.workingBefore[nowIndex + 1];
    let workingMillisecondsLeft: number;
    if (nowIndex === lastIndex) {
      workingMillisecondsLeft = working(nowIndex) ? dueMs - nowMs : 0;
    } else {
      const today = working(nowIndex) ? startOf(nowIndex + 1) - nowMs : 0;
      const between = (this.workingBefore[lastIndex] - this.workingBefore[nowIndex + 1]) * MS_PER_DAY;
      const lastDay = working(lastIndex) ? dueMs - startOf(lastIndex) : 0;
      workingMillisecondsLeft = today + between + lastDay;
    }
    return { overdue: false, workingDaysLeft, workingMillisecondsLeft };
  }

  private walk(startIndex: number, workingDays: number): { lastIndex: number; provisional: boolean } {
    if (!(startIndex >= 0 && startIndex < this.length)) this.throwNotCovered(startIndex);
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new InvalidDomainInputError('invalid period', [
        { path: 'workingDays', message: `must be a whole number from 1 to ${MAX_WORKING_DAYS}, got ${workingDays}` },
      ]);
    }
    const ordinal = this.workingBefore[startIndex + 1] + workingDays;
    if (ordinal > this.workingIndexes.length) this.throwNotCovered(this.length);
    const lastIndex = this.workingIndexes[ordinal - 1];
    const provisional = this.provisionalBefore[lastIndex + 1] !== this.provisionalBefore[startIndex + 1];
    return { lastIndex, provisional };
  }

  private indexOf(day: number): number {
    const index = day - this.baseDay;
    if (!(index >= 0 && index < this.length)) this.throwNotCovered(index);
    return index;
  }

  private throwNotCovered(index: number): never {
    const { firstYear, lastYear } = this.tables;
    const day = this.baseDay + index;
    const what = Number.isFinite(day) && Math.abs(day) < 1e8 ? dayToIsoDate(day) : 'an invalid date';
    throw new CalendarCoverageError(`the working-day calendar covers ${firstYear}–${lastYear}, not ${what}`, {
      firstYear,
      lastYear,
    });
  }

  private basisOf(index: number, year: number, kind: DayKind): string {
    const noticeYear = this.tables.setByNotice.get(index);
    if (noticeYear !== undefined) return this.describeNotice(noticeYear);
    if (kind === 'statutory-holiday' || kind === 'compensatory-holiday') {
      return `${statutoryHolidayCitation(year)}; no ${year} notice loaded`;
    }
    return this.notices.has(year) ? this.describeNotice(year) : `weekday and weekend rule; no ${year} notice loaded`;
  }

  private describeNotice(year: number): string {
    return this.notices.get(year)?.document ?? `the ${year} holiday notice`;
  }
}
