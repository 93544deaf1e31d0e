import { Type } from 'class-transformer';
import { Allow, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { CALENDAR_YEAR_PROBLEM, CALENDAR_YEARS } from '@hotline/domain';
import { fieldRule } from '../boundary/field-rule';
import { Actor } from '../events/event-envelope';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';
import type { OnDutyView } from '../supervision/roster.contracts';

/** A year the working-day calendar counts (libs/domain's CALENDAR_YEARS), or `year must be a whole year …`. */
export function IsCalendarYear(): PropertyDecorator {
  const message = `$property ${CALENDAR_YEAR_PROBLEM}`;
  return fieldRule(IsInt({ message }), Min(CALENDAR_YEARS.first, { message }), Max(CALENDAR_YEARS.last, { message }));
}

/** A State Council holiday notice an administrator loaded; every service that counts working days applies it. */
export class HolidayNoticeLoadedPayload {
  @IsCalendarYear()
  year: number;

  /** The notice as libs/domain's HolidayNotice; validated there when it was loaded. */
  @IsObject()
  notice: Record<string, unknown>;
}

export const HolidayNoticeLoaded = defineEvent('supervision', 'holiday-notice-loaded', 1, HolidayNoticeLoadedPayload);

export interface CalendarDayView {
  date: string;
  working: boolean;
  kind: string;
  name?: string;
  provisional: boolean;
  basis: string;
}

/** GET /api/v1/calendar/{year}: the year as the platform counts it, and where that comes from. */
export interface CalendarYearView {
  year: number;
  published: boolean;
  source: 'notice' | 'statutory-fallback';
  notice: Record<string, unknown> | null;
  workingDays: number;
  /** Every day that is not an ordinary Monday–Friday workday or an ordinary weekend day. */
  specialDays: CalendarDayView[];
  /** R11.1 the days of the year with someone on duty at the hotline (领导接听日, 轮值日), in order */
  onDuty?: OnDutyView[];
}

/** `CalendarRpc.year`: one year of the calendar. */
export class CalendarYearQuery {
  @IsCalendarYear()
  year: number;
}

/** `CalendarRpc.loadNotice`: the notice as the administrator sent it, checked by libs/domain when it is loaded. */
export class LoadHolidayNoticeCommand extends CalendarYearQuery {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;

  @Allow()
  notice: unknown;
}

export const CalendarRpc = {
  year: defineRpc<CalendarYearQuery, CalendarYearView>('supervision', 'calendar.get'),
  loadNotice: defineRpc<LoadHolidayNoticeCommand, CalendarYearView>('supervision', 'calendar.load-notice'),
};
