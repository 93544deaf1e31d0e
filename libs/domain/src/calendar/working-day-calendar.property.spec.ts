import fc from 'fast-check';
import { beijingDayOf, dayToIsoDate, isoDateToDay, lastDayOfPeriod, MS_PER_DAY } from '../time/beijing-time';
import { deadlineAfterWorkingDays, seededCalendar } from './default-calendar';
import { SEEDED_HOLIDAY_NOTICES } from './seed/holiday-notices.seed';

const calendar = seededCalendar();

// A naive oracle straight from the notice data, independent of the calendar's precomputed tables.
const noticeHolidays = new Set<string>();
const noticeWorkdays = new Set<string>();
for (const notice of SEEDED_HOLIDAY_NOTICES) {
  for (const period of notice.holidays) {
    for (let day = isoDateToDay(period.start); day <= isoDateToDay(period.end); day++)
      noticeHolidays.add(dayToIsoDate(day));
  }
  for (const workday of notice.makeUpWorkdays) noticeWorkdays.add(workday.date);
}
function naiveIsWorkingDay(date: string): boolean {
  if (noticeWorkdays.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !noticeHolidays.has(date);
}

const instants = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00+08:00`), max: new Date(`${to}T23:59:59+08:00`), noInvalidDate: true });
const published = instants('2020-01-01', '2026-11-30');
const anyCovered = instants('2020-01-01', '2059-12-31');
const workingDays = fc.integer({ min: 1, max: 40 });

describe('working-day deadlines: properties (fast-check)', () => {
  it('never end on a non-working day, and end exactly at 24:00 Beijing time', () => {
    fc.assert(
      fc.property(anyCovered, workingDays, (start, n) => {
        const { due } = deadlineAfterWorkingDays(start, n);
        expect((due.getTime() + 8 * 3_600_000) % MS_PER_DAY).toBe(0);
        expect(calendar.isWorkingDay(dayToIsoDate(lastDayOfPeriod(due)))).toBe(true);
      }),
    );
  });

  it('count exactly n working days after the starting day (checked against the raw notices)', () => {
    fc.assert(
      fc.property(published, fc.integer({ min: 1, max: 15 }), (start, n) => {
        const { due, provisional } = deadlineAfterWorkingDays(start, n);
        const last = lastDayOfPeriod(due);
        let counted = 0;
        for (let day = beijingDayOf(start) + 1; day <= last; day++) if (naiveIsWorkingDay(dayToIsoDate(day))) counted++;
        expect(counted).toBe(n);
        expect(naiveIsWorkingDay(dayToIsoDate(last))).toBe(true);
        expect(provisional).toBe(dayToIsoDate(last) >= '2026-12-29');
      }),
    );
  });

  it('adding m then n working days equals adding m + n', () => {
    fc.assert(
      fc.property(anyCovered, workingDays, workingDays, (start, m, n) => {
        const first = deadlineAfterWorkingDays(start, m);
        expect(calendar.extendDeadline(first.due, n).due).toEqual(deadlineAfterWorkingDays(start, m + n).due);
        const date = dayToIsoDate(beijingDayOf(start));
        expect(calendar.addWorkingDays(calendar.addWorkingDays(date, m).date, n)).toEqual(
          calendar.addWorkingDays(date, m + n),
        );
      }),
    );
  });

  it('are monotone in the start', () => {
    fc.assert(
      fc.property(anyCovered, anyCovered, workingDays, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(deadlineAfterWorkingDays(early, n).due.getTime()).toBeLessThanOrEqual(
          deadlineAfterWorkingDays(late, n).due.getTime(),
        );
      }),
    );
  });

  it('are provisional exactly when a counted day lies in an unpublished year or the last days of 2026', () => {
    fc.assert(
      fc.property(instants('2026-06-01', '2027-06-30'), workingDays, (start, n) => {
        const { due, provisional } = deadlineAfterWorkingDays(start, n);
        expect(provisional).toBe(dayToIsoDate(lastDayOfPeriod(due)) >= '2026-12-29');
      }),
    );
  });

  it('leave the remaining working time shrinking as time passes', () => {
    fc.assert(
      fc.property(published, workingDays, fc.integer({ min: 0, max: 20 * 24 }), (start, n, hours) => {
        const { due } = deadlineAfterWorkingDays(start, n);
        const before = calendar.remainingWorkingTime(due, start);
        const after = calendar.remainingWorkingTime(due, new Date(start.getTime() + hours * 3_600_000));
        expect(after.workingMillisecondsLeft).toBeLessThanOrEqual(before.workingMillisecondsLeft);
        expect(before.workingDaysLeft).toBe(n);
      }),
    );
  });
});
