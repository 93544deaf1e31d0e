// Reads the chinese-days package: its notice data (plain JSON) and, under TZ=Asia/Shanghai, its lunar and
// solar-term functions (they answer differently in other time zones). Only scripts and tests use this file.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import type { HolidayNotice, HolidayPeriod, LunarFestivalDates, MakeUpWorkday } from '../src/calendar/holiday-notice';
import { dayToIsoDate, isoDateToDay } from '../src/time/beijing-time';

export const FIRST_SEEDED_YEAR = 2020;
export const LUNAR_TABLE_YEARS = { first: 2020, last: 2060 } as const;

/** The document numbers and addresses of the notices (the package's data carries the dates only). */
const NOTICE_DOCUMENTS: Readonly<Record<number, { document: string; source: string }>> = {
  2020: {
    document: '国办发明电〔2019〕16号；国办发明电〔2020〕1号（延长春节假期）',
    source: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
  },
  2021: {
    document: '国办发明电〔2020〕27号',
    source: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
  },
  2022: {
    document: '国办发明电〔2021〕11号',
    source: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
  },
  2023: {
    document: '国办发明电〔2022〕16号',
    source: 'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
  },
  2024: { document: '国办发明电〔2023〕7号', source: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm' },
  2025: {
    document: '国办发明电〔2024〕12号',
    source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
  },
  2026: {
    document: '国办发明电〔2025〕7号',
    source: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
  },
};

const OFFICIAL_NAMES: Readonly<Record<string, string>> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

interface YearFile {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function packageDir(): string {
  return dirname(require.resolve('chinese-days/package.json'));
}

export function chineseDaysVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

function availableYears(): number[] {
  return readdirSync(join(packageDir(), 'dist', 'years'))
    .map((file) => /^(\d{4})\.json$/.exec(file)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

function readYear(year: number): YearFile {
  return JSON.parse(readFileSync(join(packageDir(), 'dist', 'years', `${year}.json`), 'utf8')) as YearFile;
}

/** The value is "English name,中文名,statutory days"; New Year days in December belong to next year's notice. */
function entryOf(date: string, value: string): { date: string; name: string; noticeYear: number } {
  const zh = value.split(',')[1];
  const name = OFFICIAL_NAMES[zh] ?? zh;
  const year = Number(date.slice(0, 4));
  const noticeYear = name === '元旦' && date.slice(5, 7) === '12' ? year + 1 : year;
  return { date, name, noticeYear };
}

function periodsOf(entries: { date: string; name: string }[]): HolidayPeriod[] {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const periods: { name: string; start: string; end: string }[] = [];
  for (const entry of sorted) {
    const last = periods[periods.length - 1];
    if (last && last.name === entry.name && isoDateToDay(last.end) + 1 === isoDateToDay(entry.date)) {
      last.end = entry.date;
    } else {
      periods.push({ name: entry.name, start: entry.date, end: entry.date });
    }
  }
  return periods;
}

export function holidayNoticesFromPackage(): HolidayNotice[] {
  const years = availableYears();
  const lastYear = years[years.length - 1];
  const holidays = new Map<number, { date: string; name: string }[]>();
  const workdays = new Map<number, MakeUpWorkday[]>();
  for (const fileYear of years.filter((year) => year >= FIRST_SEEDED_YEAR - 1)) {
    const data = readYear(fileYear);
    for (const [date, value] of Object.entries(data.holidays)) {
      const entry = entryOf(date, value);
      holidays.set(entry.noticeYear, [...(holidays.get(entry.noticeYear) ?? []), entry]);
    }
    for (const [date, value] of Object.entries(data.workdays)) {
      const entry = entryOf(date, value);
      workdays.set(entry.noticeYear, [...(workdays.get(entry.noticeYear) ?? []), { date, name: entry.name }]);
    }
  }
  const notices: HolidayNotice[] = [];
  for (let year = FIRST_SEEDED_YEAR; year <= lastYear; year++) {
    const documents = NOTICE_DOCUMENTS[year];
    notices.push({
      year,
      ...(documents ?? {}),
      holidays: periodsOf(holidays.get(year) ?? []),
      makeUpWorkdays: [...(workdays.get(year) ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    });
  }
  return notices;
}

export function assertBeijingProcessTimeZone(): void {
  if (new Date(2020, 0, 1).getTimezoneOffset() !== -480) {
    throw new Error('chinese-days lunar functions must run with TZ=Asia/Shanghai');
  }
}

export function lunarFestivalDatesFromPackage(): LunarFestivalDates[] {
  assertBeijingProcessTimeZone();
  const rows: LunarFestivalDates[] = [];
  for (let year = LUNAR_TABLE_YEARS.first; year <= LUNAR_TABLE_YEARS.last; year++) {
    const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
    rows.push({
      year,
      springFestivalEve: dayToIsoDate(isoDateToDay(newYear) - 1),
      qingming: getSolarTermDate(year, 4, 'pure_brightness'),
      dragonBoat: getSolarDateFromLunar(`${year}-05-05`).date,
      midAutumn: getSolarDateFromLunar(`${year}-08-15`).date,
    });
  }
  return rows;
}
