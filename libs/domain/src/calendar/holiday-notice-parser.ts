import { InvalidDomainInputError, type InputIssue } from '../errors/domain-error';
import { dayToIsoDate, tryIsoDateToDay } from '../time/beijing-time';
import type { HolidayNotice, HolidayPeriod, MakeUpWorkday } from './holiday-notice';
import { CALENDAR_YEAR_PROBLEM, isCalendarYear } from './calendar-years';
import { checkNoticeRules, type Located } from './holiday-notice-rules';

export type HolidayNoticeParseResult =
  | { readonly ok: true; readonly notice: HolidayNotice }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

const MAX_PERIOD_DAYS = 31;

type Issues = InputIssue[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(
  value: unknown,
  path: string,
  issues: Issues,
  options: { required: boolean; max: number },
): string | undefined {
  if (value === undefined && !options.required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path, message: 'must be a non-empty string' });
    return undefined;
  }
  if (value.length > options.max) issues.push({ path, message: `must be at most ${options.max} characters` });
  return value.trim();
}

function dateOf(value: unknown, path: string, issues: Issues): number | undefined {
  const day = tryIsoDateToDay(value);
  if (day === undefined) issues.push({ path, message: `${JSON.stringify(value)} is not a date YYYY-MM-DD` });
  return day;
}

function periodsFromDates(name: string, dayNumbers: number[]): HolidayPeriod[] {
  const sorted = [...new Set(dayNumbers)].sort((a, b) => a - b);
  const periods: { name: string; first: number; last: number }[] = [];
  for (const day of sorted) {
    const last = periods[periods.length - 1];
    if (last && last.last + 1 === day) last.last = day;
    else periods.push({ name, first: day, last: day });
  }
  return periods.map((period) => ({ name, start: dayToIsoDate(period.first), end: dayToIsoDate(period.last) }));
}

/** One entry of `holidays`: { name, start, end? } or { name, date } or { name, dates: [...] }. */
function parseHoliday(value: unknown, path: string, issues: Issues): HolidayPeriod[] {
  if (!isRecord(value)) {
    issues.push({ path, message: 'must be an object { name, start, end } or { name, date } or { name, dates }' });
    return [];
  }
  const name = text(value['name'], `${path}.name`, issues, { required: true, max: 50 }) ?? '';
  if (Array.isArray(value['dates'])) {
    if (value['dates'].length === 0) issues.push({ path: `${path}.dates`, message: 'must list at least one date' });
    const dayNumbers = value['dates'].map((date, index) => dateOf(date, `${path}.dates[${index}]`, issues));
    return dayNumbers.every((day) => day !== undefined) ? periodsFromDates(name, dayNumbers) : [];
  }
  const hasDate = value['date'] !== undefined;
  const start = dateOf(hasDate ? value['date'] : value['start'], `${path}.${hasDate ? 'date' : 'start'}`, issues);
  const end = value['end'] === undefined || hasDate ? start : dateOf(value['end'], `${path}.end`, issues);
  if (start === undefined || end === undefined) return [];
  if (end < start) {
    issues.push({ path: `${path}.end`, message: `${dayToIsoDate(end)} is before start ${dayToIsoDate(start)}` });
    return [];
  }
  if (end - start + 1 > MAX_PERIOD_DAYS) {
    issues.push({ path, message: `a period of ${end - start + 1} days is longer than ${MAX_PERIOD_DAYS}` });
    return [];
  }
  return [{ name, start: dayToIsoDate(start), end: dayToIsoDate(end) }];
}

/** One entry of `makeUpWorkdays`: 'YYYY-MM-DD' or { date, name? }. */
function parseMakeUpWorkday(value: unknown, path: string, issues: Issues): MakeUpWorkday[] {
  if (typeof value === 'string') {
    const day = dateOf(value, path, issues);
    return day === undefined ? [] : [{ date: dayToIsoDate(day) }];
  }
  if (!isRecord(value)) {
    issues.push({ path, message: "must be a date 'YYYY-MM-DD' or { date, name }" });
    return [];
  }
  const day = dateOf(value['date'], `${path}.date`, issues);
  const name = text(value['name'], `${path}.name`, issues, { required: false, max: 50 });
  if (day === undefined) return [];
  return [name === undefined ? { date: dayToIsoDate(day) } : { date: dayToIsoDate(day), name }];
}

function parseYear(value: unknown, issues: Issues): number | undefined {
  if (!isCalendarYear(value)) {
    issues.push({ path: 'year', message: CALENDAR_YEAR_PROBLEM });
    return undefined;
  }
  return value;
}

/**
 * Validates a holiday notice given as plain data (an administrator's upload, a database row) and normalises it.
 * Every problem is reported with the path of the field, not only the first one.
 */
export function parseHolidayNotice(input: unknown): HolidayNoticeParseResult {
  const issues: Issues = [];
  if (!isRecord(input)) return { ok: false, issues: [{ path: '', message: 'a notice must be an object' }] };
  const year = parseYear(input['year'], issues);
  const document = text(input['document'], 'document', issues, { required: false, max: 200 });
  const source = text(input['source'], 'source', issues, { required: false, max: 500 });
  const holidays: Located<HolidayPeriod>[] = [];
  if (!Array.isArray(input['holidays']) || input['holidays'].length === 0) {
    issues.push({ path: 'holidays', message: 'must list at least one holiday' });
  } else {
    input['holidays'].forEach((entry, index) => {
      const path = `holidays[${index}]`;
      holidays.push(...parseHoliday(entry, path, issues).map((value) => ({ value, path })));
    });
  }
  const makeUpWorkdays: Located<MakeUpWorkday>[] = [];
  const rawWorkdays = input['makeUpWorkdays'] ?? [];
  if (!Array.isArray(rawWorkdays)) {
    issues.push({ path: 'makeUpWorkdays', message: 'must be a list of dates' });
  } else {
    rawWorkdays.forEach((entry, index) => {
      const path = `makeUpWorkdays[${index}]`;
      makeUpWorkdays.push(...parseMakeUpWorkday(entry, path, issues).map((value) => ({ value, path })));
    });
  }
  if (year === undefined || issues.length > 0) return { ok: false, issues };

  const ruleIssues = checkNoticeRules(year, holidays, makeUpWorkdays);
  if (ruleIssues.length > 0) return { ok: false, issues: ruleIssues };
  const notice: HolidayNotice = {
    year,
    ...(document === undefined ? {} : { document }),
    ...(source === undefined ? {} : { source }),
    holidays: holidays.map((entry) => entry.value).sort((a, b) => a.start.localeCompare(b.start)),
    makeUpWorkdays: makeUpWorkdays.map((entry) => entry.value).sort((a, b) => a.date.localeCompare(b.date)),
  };
  return { ok: true, notice };
}

/** Like parseHolidayNotice, but throws InvalidDomainInputError (HTTP 400) listing every problem. */
export function assertHolidayNotice(input: unknown): HolidayNotice {
  const result = parseHolidayNotice(input);
  if (!result.ok) throw new InvalidDomainInputError('invalid holiday notice', result.issues);
  return result.notice;
}
