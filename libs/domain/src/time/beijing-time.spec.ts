import {
  beijingDayOf,
  dayToIsoDate,
  endOfBeijingDay,
  formatDue,
  isoDateToDay,
  lastDayOfPeriod,
  toBeijingIso,
  tryIsoDateToDay,
  weekdayOfDay,
} from './beijing-time';

describe('Beijing calendar days', () => {
  it('turns dates into day numbers and back without the host time zone', () => {
    expect(isoDateToDay('1970-01-01')).toBe(0);
    expect(dayToIsoDate(isoDateToDay('2026-10-08'))).toBe('2026-10-08');
    expect(weekdayOfDay(isoDateToDay('2026-09-20'))).toBe(0);
    expect(weekdayOfDay(isoDateToDay('1969-12-31'))).toBe(3);
  });

  it('formats every day of 1900–2200 as the UTC calendar does', () => {
    for (let day = isoDateToDay('1900-01-01'); day <= isoDateToDay('2200-12-31'); day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayToIsoDate(day) !== expected) expect(dayToIsoDate(day)).toBe(expected);
    }
  });

  it('refuses strings that are not real dates', () => {
    expect([tryIsoDateToDay('2026-02-29'), tryIsoDateToDay('2026-2-1'), tryIsoDateToDay(20260201)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(() => isoDateToDay('2026-02-30')).toThrow(/not a date/);
  });

  it('puts an instant on its Beijing day (UTC+8)', () => {
    expect(dayToIsoDate(beijingDayOf(new Date('2026-10-07T15:59:59.999Z')))).toBe('2026-10-07');
    expect(dayToIsoDate(beijingDayOf(new Date('2026-10-07T16:00:00Z')))).toBe('2026-10-08');
  });

  it('represents 24:00 of a day as 00:00 of the next, and shows it as 24:00', () => {
    const due = endOfBeijingDay(isoDateToDay('2026-10-08'));
    expect(toBeijingIso(due)).toBe('2026-10-09T00:00:00+08:00');
    expect(dayToIsoDate(lastDayOfPeriod(due))).toBe('2026-10-08');
    expect(formatDue(due)).toBe('2026-10-08 24:00 北京时间 (UTC+8)');
    expect(formatDue(new Date('2026-10-08T02:30:00Z'))).toBe('2026-10-08 10:30 北京时间 (UTC+8)');
  });
});
