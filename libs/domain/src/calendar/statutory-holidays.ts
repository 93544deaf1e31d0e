import { dayToIsoDate, firstDayOfYear, type IsoDate, isoDateToDay, isWeekendDay } from '../time/beijing-time';
import type { LunarFestivalDates } from './holiday-notice';
import { LUNAR_FESTIVAL_DATES } from './seed/lunar-festival-dates.seed';

/**
 * The statutory holidays of the national holiday law (《全国年节及纪念日放假办法》), used for years whose
 * State Council notice is not loaded yet. Art. 6 of the law: a statutory holiday on a Saturday or Sunday
 * is made up on a working day (补假); we take the next weekday that is not itself a holiday. What the law
 * cannot tell is the notice's bridging days and weekend make-up workdays, so these years stay provisional.
 */
interface HolidayLaw {
  readonly fromYear: number;
  readonly citation: string;
  readonly springFestivalIncludesEve: boolean;
  readonly labourDayDays: number;
}

const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  {
    fromYear: 2014,
    citation: '《全国年节及纪念日放假办法》（2013年修订，国务院令第644号）',
    springFestivalIncludesEve: false,
    labourDayDays: 1,
  },
  {
    fromYear: 2025,
    citation: '《全国年节及纪念日放假办法》（2024年修订，国务院令第798号）',
    springFestivalIncludesEve: true,
    labourDayDays: 2,
  },
];

export interface StatutoryHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** true for a weekday given off because a statutory holiday fell on a weekend (补假) */
  readonly compensatory: boolean;
}

const lunarByYear = new Map<number, LunarFestivalDates>(LUNAR_FESTIVAL_DATES.map((row) => [row.year, row]));

export const STATUTORY_FALLBACK_YEARS = {
  first: LUNAR_FESTIVAL_DATES[0].year,
  last: LUNAR_FESTIVAL_DATES[LUNAR_FESTIVAL_DATES.length - 1].year,
} as const;

function lawOf(year: number): HolidayLaw {
  return [...HOLIDAY_LAWS].reverse().find((law) => law.fromYear <= year) ?? HOLIDAY_LAWS[0];
}

export function statutoryHolidayCitation(year: number): string {
  return lawOf(year).citation;
}

function days(name: string, first: number, count: number): { day: number; name: string }[] {
  return Array.from({ length: count }, (_, offset) => ({ day: first + offset, name }));
}

/** The statutory holidays of a year, or undefined when the lunar table does not reach that year. */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] | undefined {
  const lunar = lunarByYear.get(year);
  if (!lunar) return undefined;
  const law = lawOf(year);
  const jan1 = firstDayOfYear(year);
  const eve = isoDateToDay(lunar.springFestivalEve);
  const may1 = isoDateToDay(`${year}-05-01`);
  const oct1 = isoDateToDay(`${year}-10-01`);
  const base = [
    ...days('元旦', jan1, 1),
    ...(law.springFestivalIncludesEve ? days('春节', eve, 4) : days('春节', eve + 1, 3)),
    ...days('清明节', isoDateToDay(lunar.qingming), 1),
    ...days('劳动节', may1, law.labourDayDays),
    ...days('端午节', isoDateToDay(lunar.dragonBoat), 1),
    ...days('中秋节', isoDateToDay(lunar.midAutumn), 1),
    ...days('国庆节', oct1, 3),
  ].sort((a, b) => a.day - b.day);

  // A day owed twice (a weekend holiday, or Mid-Autumn on a National Day holiday) is given on the next free weekday.
  const owed = base.filter((entry, index) => isWeekendDay(entry.day) || base[index - 1]?.day === entry.day);
  const unique = base.filter((entry, index) => base[index - 1]?.day !== entry.day);
  const taken = new Set(unique.map((entry) => entry.day));
  const compensatory: { day: number; name: string }[] = [];
  for (const entry of owed) {
    let day = entry.day + 1;
    while (isWeekendDay(day) || taken.has(day)) day++;
    taken.add(day);
    compensatory.push({ day, name: `${entry.name}补假` });
  }
  return [
    ...unique.map((entry) => ({ date: dayToIsoDate(entry.day), name: entry.name, compensatory: false })),
    ...compensatory.map((entry) => ({ date: dayToIsoDate(entry.day), name: entry.name, compensatory: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}
