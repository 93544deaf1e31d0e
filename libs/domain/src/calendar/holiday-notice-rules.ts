import type { InputIssue } from '../errors/domain-error';
import { dayToIsoDate, firstDayOfYear, isoDateToDay, isWeekendDay } from '../time/beijing-time';
import type { HolidayPeriod, MakeUpWorkday } from './holiday-notice';
import { statutoryHolidays } from './statutory-holidays';

/** Notices reach at most this far into the neighbouring years (the 2023 notice began on 2022-12-31). */
const REACH_INTO_NEIGHBOUR_YEARS_DAYS = 31;

/** A parsed entry with the path of the input it came from, so that problems point at the administrator's input. */
export interface Located<T> {
  readonly value: T;
  readonly path: string;
}

/** Checks that need the whole notice: dates near its year, no date twice, make-up days on weekends, the law kept. */
export function checkNoticeRules(
  year: number,
  holidays: readonly Located<HolidayPeriod>[],
  makeUpWorkdays: readonly Located<MakeUpWorkday>[],
): InputIssue[] {
  const issues: InputIssue[] = [];
  const earliest = firstDayOfYear(year) - REACH_INTO_NEIGHBOUR_YEARS_DAYS;
  const latest = firstDayOfYear(year + 1) - 1 + REACH_INTO_NEIGHBOUR_YEARS_DAYS;
  const outside = (day: number) => day < earliest || day > latest;

  const holidayNames = new Map<number, string>();
  holidays.forEach(({ value: period, path }) => {
    for (let day = isoDateToDay(period.start); day <= isoDateToDay(period.end); day++) {
      if (outside(day)) issues.push({ path, message: `${dayToIsoDate(day)} is not in or next to ${year}` });
      const earlier = holidayNames.get(day);
      if (earlier !== undefined) {
        issues.push({ path, message: `${dayToIsoDate(day)} is listed twice (${earlier}, ${period.name})` });
      }
      holidayNames.set(day, period.name);
    }
  });

  const workdays = new Set<number>();
  makeUpWorkdays.forEach(({ value: workday, path }) => {
    const day = isoDateToDay(workday.date);
    if (outside(day)) issues.push({ path, message: `${workday.date} is not in or next to ${year}` });
    if (!isWeekendDay(day)) {
      issues.push({
        path,
        message: `${workday.date} is a weekday; a make-up workday (调休上班) is a Saturday or Sunday`,
      });
    }
    if (holidayNames.has(day)) {
      issues.push({ path, message: `${workday.date} is also a holiday (${holidayNames.get(day)})` });
    }
    if (workdays.has(day)) issues.push({ path, message: `${workday.date} is listed twice` });
    workdays.add(day);
  });

  for (const statutory of (statutoryHolidays(year) ?? []).filter((holiday) => !holiday.compensatory)) {
    if (!holidayNames.has(isoDateToDay(statutory.date))) {
      issues.push({
        path: 'holidays',
        message: `statutory holiday ${statutory.date} (${statutory.name}) is missing: the law gives it off`,
      });
    }
  }
  return issues;
}
