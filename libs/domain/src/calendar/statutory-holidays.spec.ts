import { isoDateToDay } from '../time/beijing-time';
import { SEEDED_HOLIDAY_NOTICES } from './seed/holiday-notices.seed';
import { LUNAR_FESTIVAL_DATES } from './seed/lunar-festival-dates.seed';
import { STATUTORY_FALLBACK_YEARS, statutoryHolidays } from './statutory-holidays';

const datesOf = (year: number, compensatory = false) =>
  (statutoryHolidays(year) ?? [])
    .filter((holiday) => holiday.compensatory === compensatory)
    .map((holiday) => holiday.date);

describe('statutory holidays of the holiday law (fallback for years without a notice)', () => {
  it('covers 2020–2060 from the lunar table', () => {
    expect(STATUTORY_FALLBACK_YEARS).toEqual({ first: 2020, last: 2060 });
    expect(LUNAR_FESTIVAL_DATES.map((row) => row.year)).toEqual(Array.from({ length: 41 }, (_, i) => 2020 + i));
    expect(statutoryHolidays(2019)).toBeUndefined();
    expect(statutoryHolidays(2061)).toBeUndefined();
  });

  it('knows the lunar festivals of years after the seeded notices', () => {
    const byYear = new Map(LUNAR_FESTIVAL_DATES.map((row) => [row.year, row]));
    expect(byYear.get(2027)).toEqual({
      year: 2027,
      springFestivalEve: '2027-02-05',
      qingming: '2027-04-05',
      dragonBoat: '2027-06-09',
      midAutumn: '2027-09-15',
    });
    expect(byYear.get(2028)?.springFestivalEve).toBe('2028-01-25');
    expect(byYear.get(2030)?.springFestivalEve).toBe('2030-02-02');
  });

  it('puts Qingming on April 4 or 5 and the lunar festivals in their seasons', () => {
    for (const row of LUNAR_FESTIVAL_DATES) {
      expect(['04-04', '04-05']).toContain(row.qingming.slice(5));
      expect(row.springFestivalEve >= `${row.year}-01-20` && row.springFestivalEve <= `${row.year}-02-19`).toBe(true);
      expect(row.dragonBoat >= `${row.year}-05-27` && row.dragonBoat <= `${row.year}-06-25`).toBe(true);
      expect(row.midAutumn >= `${row.year}-09-07` && row.midAutumn <= `${row.year}-10-06`).toBe(true);
    }
  });

  it.each(SEEDED_HOLIDAY_NOTICES.map((notice) => [notice.year, notice]))(
    'agrees with the %i notice: every statutory day is a holiday in it',
    (year, notice) => {
      const noticeDays = new Set<number>();
      for (const period of notice.holidays) {
        for (let day = isoDateToDay(period.start); day <= isoDateToDay(period.end); day++) noticeDays.add(day);
      }
      for (const date of datesOf(year)) expect([date, noticeDays.has(isoDateToDay(date))]).toEqual([date, true]);
    },
  );

  it('applies the 2013 law before 2025 and the 2024 revision from 2025 (Spring Festival eve, two May Day days)', () => {
    expect(datesOf(2024)).toEqual([
      '2024-01-01',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-04-04',
      '2024-05-01',
      '2024-06-10',
      '2024-09-17',
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
    ]);
    expect(datesOf(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });

  it('makes up a statutory holiday that falls on a weekend on the next free weekday (Art. 6 of the law)', () => {
    expect(datesOf(2027, true)).toEqual([
      '2027-02-09',
      '2027-02-10',
      '2027-05-03',
      '2027-05-04',
      '2027-10-04',
      '2027-10-05',
    ]);
  });
});
