import { InvalidDomainInputError } from '../errors/domain-error';

/**
 * Calendar days are counted in Beijing time (Asia/Shanghai: UTC+8 all year, no DST since 1991),
 * whatever the server's time zone. A day is either an ISO date string 'YYYY-MM-DD' or a day number:
 * the count of days since 1970-01-01 in Beijing. Nothing here reads the host time zone.
 */
export type IsoDate = string;

export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MS_PER_DAY = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Beijing calendar day (day number) that contains an instant. */
export function beijingDayOf(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY);
}

/** 00:00 Beijing time at the start of a day. */
export function startOfBeijingDay(day: number): Date {
  return new Date(day * MS_PER_DAY - BEIJING_OFFSET_MS);
}

/**
 * 24:00 Beijing time at the end of a day, which is the same instant as 00:00 of the next day.
 * Deadlines are represented this way (Civil Code Art. 203: a period ends at 24:00 of its last day).
 */
export function endOfBeijingDay(day: number): Date {
  return startOfBeijingDay(day + 1);
}

/** The last day of a period that ends at `due`: for a due at 24:00 of day D, that is D (not D+1). */
export function lastDayOfPeriod(due: Date): number {
  return beijingDayOf(due.getTime() - 1);
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** Day number to 'YYYY-MM-DD' (Howard Hinnant's civil_from_days: plain arithmetic, no Date, it is on hot paths). */
export function dayToIsoDate(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const leapDays = Math.floor(dayOfEra / 1460) - Math.floor(dayOfEra / 36_524) + Math.floor(dayOfEra / 146_096);
  const yearOfEra = Math.floor((dayOfEra - leapDays) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(date)}`;
}

/** Parses a real calendar date 'YYYY-MM-DD' to a day number, or undefined if it is not one. */
export function tryIsoDateToDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

export function isoDateToDay(value: IsoDate): number {
  const day = tryIsoDateToDay(value);
  if (day === undefined) {
    throw new InvalidDomainInputError('invalid date', [{ path: '', message: `'${value}' is not a date YYYY-MM-DD` }]);
  }
  return day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendDay(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday === 6;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** 'YYYY-MM-DD HH:mm:ss' in Beijing time. */
export function formatBeijing(instant: Date): string {
  const shifted = new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

/** ISO-8601 with the +08:00 offset, e.g. '2026-10-09T00:00:00+08:00'. */
export function toBeijingIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+08:00`;
}

/**
 * How a due instant is shown to people: a due at 00:00 Beijing of day D+1 reads '<D> 24:00 北京时间',
 * so nobody mistakes the last day of the period; any other instant reads as its Beijing clock time.
 */
export function formatDue(due: Date): string {
  const ms = due.getTime();
  if ((ms + BEIJING_OFFSET_MS) % MS_PER_DAY === 0) {
    return `${dayToIsoDate(lastDayOfPeriod(due))} 24:00 北京时间 (UTC+8)`;
  }
  return `${formatBeijing(due).slice(0, 16)} 北京时间 (UTC+8)`;
}
