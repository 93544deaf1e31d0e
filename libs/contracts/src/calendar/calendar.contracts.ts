import { IsInt, IsObject, Max, Min } from 'class-validator';
import { Actor } from '../events/event-envelope';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';
import type { OnDutyView } from '../supervision/roster.contracts';

/** A State Council holiday notice an administrator loaded; every service that counts working days applies it. */
export class HolidayNoticeLoadedPayload {
  @IsInt()
  @Min(2000)
  @Max(2100)
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

export interface LoadHolidayNoticeCommand {
  actor: Actor;
  year: number;
  notice: unknown;
}

export const CalendarRpc = {
  year: defineRpc<{ year: number }, CalendarYearView>('supervision', 'calendar.get'),
  loadNotice: defineRpc<LoadHolidayNoticeCommand, CalendarYearView>('supervision', 'calendar.load-notice'),
};
