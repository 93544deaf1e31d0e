import { CALENDAR_YEAR_PROBLEM, isCalendarYear } from './calendar-years';

describe('the years the calendar covers ("Working days": the calendar knows which years it covers)', () => {
  it('takes the whole years 2000 to 2100', () => {
    expect([2000, 2026, 2100].map(isCalendarYear)).toEqual([true, true, true]);
  });

  it('refuses any other year, a fraction, a text or nothing', () => {
    expect([1999, 2101, 2026.5, '2026', Number.NaN, null, undefined].map(isCalendarYear)).toEqual(Array(7).fill(false));
    expect(CALENDAR_YEAR_PROBLEM).toBe('must be a whole year between 2000 and 2100');
  });
});
