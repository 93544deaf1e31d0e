import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { WorkOrderStatus } from '../lifecycle/work-order-status';
import { beijingDayOf, dayToIsoDate } from '../time/beijing-time';

/**
 * Art. 26(5) 泄露个人隐私: the audit of clear caller reads (R14.3) shows what the platform can see of a leak — reads in
 * bursts, reads outside working hours, and reads of work orders the reader's unit was not working on at the time.
 */
export interface AuditedCallerRead {
  readonly id: string;
  readonly readerId: string;
  readonly workOrderId: string | null;
  readonly readAt: Date;
  /** the work order's status when it was read; null for reads audited before it was kept */
  readonly workOrderStatus: string | null;
}

export interface BurstRule {
  /** this many reads by one reader … */
  readonly count: number;
  /** … within this many minutes make a burst */
  readonly withinMinutes: number;
}

/** Office hours on a working day, Beijing time (8:00–18:00 spans the morning and afternoon shifts). */
export const WORKING_HOURS = { from: 8, until: 18 } as const;

/** The states in which a work order is with its units: signing, handling, replying, re-handling, appealing. */
export const UNIT_WORKING_STATUSES: readonly WorkOrderStatus[] = [
  'dispatched',
  'handling',
  'return-requested',
  'extension-requested',
  'replied',
  'rehandling',
  'unsatisfied',
  'appeal-requested',
];

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function isOutsideWorkingHours(at: Date, calendar: WorkingDayCalendar): boolean {
  const hour = new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCHours();
  if (hour < WORKING_HOURS.from || hour >= WORKING_HOURS.until) return true;
  try {
    return !calendar.isWorkingDay(dayToIsoDate(beijingDayOf(at)));
  } catch {
    // a year the calendar does not cover is no evidence either way
    return false;
  }
}

export function isReadOfOrderNotWorkedOn(read: AuditedCallerRead): boolean {
  return read.workOrderStatus !== null && !(UNIT_WORKING_STATUSES as readonly string[]).includes(read.workOrderStatus);
}

export interface ReadBurst {
  readonly readerId: string;
  readonly from: Date;
  readonly until: Date;
  readonly readIds: readonly string[];
}

/** Runs of at least `rule.count` reads by one reader, each within `rule.withinMinutes` of the run's first read. */
export function readBursts(reads: readonly AuditedCallerRead[], rule: BurstRule): ReadBurst[] {
  const byReader = new Map<string, AuditedCallerRead[]>();
  for (const read of [...reads].sort((a, b) => a.readAt.getTime() - b.readAt.getTime())) {
    byReader.set(read.readerId, [...(byReader.get(read.readerId) ?? []), read]);
  }
  const within = rule.withinMinutes * 60_000;
  const bursts: ReadBurst[] = [];
  for (const [readerId, own] of byReader) {
    const times = own.map((read) => read.readAt.getTime());
    let start = 0;
    while (start < own.length) {
      let end = start;
      while (end + 1 < own.length && (times[end + 1] ?? Infinity) - (times[start] ?? 0) <= within) end++;
      const run = own.slice(start, end + 1);
      const [first] = run;
      const last = run[run.length - 1];
      if (run.length >= rule.count && first && last) {
        bursts.push({ readerId, from: first.readAt, until: last.readAt, readIds: run.map((r) => r.id) });
        start = end + 1;
      } else start++;
    }
  }
  return bursts;
}

/** The instants a calendar month (YYYY-MM) begins and ends in Beijing (start inclusive, end exclusive). */
export function beijingMonth(month: string): { readonly start: Date; readonly end: Date } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return {
    start: new Date(Date.UTC(year, number - 1, 1) - BEIJING_OFFSET_MS),
    end: new Date(Date.UTC(year, number, 1) - BEIJING_OFFSET_MS),
  };
}
