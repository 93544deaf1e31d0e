import { invalidField } from '../errors/domain-error';
import { beijingDayOf, dayToIsoDate, isoDateToDay, startOfBeijingDay } from '../time/beijing-time';

/** R24.1 a calendar month of the report, in Beijing time: [start, end). */
export interface ReportMonth {
  readonly month: string;
  readonly start: Date;
  readonly end: Date;
}

/** R25.1 an assessment period: one month or one quarter, with its months. */
export interface AssessmentPeriod {
  readonly period: string;
  readonly months: readonly string[];
  readonly start: Date;
  readonly end: Date;
}

/** running: the month has not ended yet (its figures still move); closed: ended, its figures are frozen. */
export type MonthState = 'future' | 'running' | 'closed';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const monthText = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function monthBounds(year: number, month: number): { start: Date; end: Date } {
  const next = month === 12 ? monthText(year + 1, 1) : monthText(year, month + 1);
  return {
    start: startOfBeijingDay(isoDateToDay(`${monthText(year, month)}-01`)),
    end: startOfBeijingDay(isoDateToDay(`${next}-01`)),
  };
}

export function reportMonthOf(month: unknown): ReportMonth {
  const match = typeof month === 'string' ? MONTH.exec(month) : null;
  if (!match) throw invalidField('month', 'month must be YYYY-MM');
  return { month: month as string, ...monthBounds(Number(match[1]), Number(match[2])) };
}

/** The first and the last calendar day of a month (Beijing), as ISO dates: a 30-day month ends on its 30th. */
export function daysOfMonth(month: ReportMonth): { first: string; last: string } {
  return { first: dayToIsoDate(beijingDayOf(month.start)), last: dayToIsoDate(beijingDayOf(month.end) - 1) };
}

/** The month (Beijing) an instant falls in. */
export function monthOfInstant(at: Date): string {
  return dayToIsoDate(beijingDayOf(at)).slice(0, 7);
}

export function monthStateAt(month: ReportMonth, now: Date): MonthState {
  if (now.getTime() < month.start.getTime()) return 'future';
  return now.getTime() < month.end.getTime() ? 'running' : 'closed';
}

/** The `count` months ending with `month`, oldest first (the 12-month trend). */
export function monthsEndingWith(month: string, count: number): string[] {
  const { month: checked } = reportMonthOf(month);
  const [year, number] = checked.split('-').map(Number);
  const index = year * 12 + number - 1;
  return Array.from({ length: count }, (_, i) => {
    const at = index - count + 1 + i;
    return monthText(Math.floor(at / 12), (at % 12) + 1);
  });
}

export function assessmentPeriodOf(period: unknown): AssessmentPeriod {
  if (typeof period === 'string' && MONTH.test(period)) {
    const month = reportMonthOf(period);
    return { period, months: [period], start: month.start, end: month.end };
  }
  const match = typeof period === 'string' ? QUARTER.exec(period) : null;
  if (!match) throw invalidField('period', 'period must be YYYY-MM or YYYY-Qn');
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3 + 1;
  const months = [first, first + 1, first + 2].map((month) => monthText(year, month));
  return {
    period: period as string,
    months,
    start: reportMonthOf(months[0]).start,
    end: reportMonthOf(months[2]).end,
  };
}
