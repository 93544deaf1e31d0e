import type { IsoDate } from '../time/beijing-time';

/** Days off of one holiday in a notice; a single day has start === end. */
export interface HolidayPeriod {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A weekend day worked instead (调休上班); `name` is the holiday it makes up for. */
export interface MakeUpWorkday {
  readonly date: IsoDate;
  readonly name?: string;
}

/**
 * The State Council's yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知) as plain data.
 * Dates may reach into the neighbouring year (the 2023 notice gave 2022-12-31 off for New Year).
 */
export interface HolidayNotice {
  readonly year: number;
  /** e.g. '国办发明电〔2025〕7号' */
  readonly document?: string;
  readonly source?: string;
  readonly holidays: readonly HolidayPeriod[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
}

/** The festival dates that move with the lunar calendar or the solar terms, for the statutory fallback. */
export interface LunarFestivalDates {
  readonly year: number;
  /** 除夕, the last day of the twelfth lunar month before the Spring Festival of `year` */
  readonly springFestivalEve: IsoDate;
  /** 清明 (solar term, around Apr 4–5) */
  readonly qingming: IsoDate;
  /** 端午, lunar 5/5 */
  readonly dragonBoat: IsoDate;
  /** 中秋, lunar 8/15 */
  readonly midAutumn: IsoDate;
}
