import { seededCalendar } from '../calendar/default-calendar';
import { InvalidDomainInputError } from '../errors/domain-error';
import type { WorkOrder } from '../lifecycle/work-order';
import type { WorkOrderStatus } from '../lifecycle/work-order-status';
import type { DeadlineRules } from '../time-limits/deadlines';
import { dayToIsoDate, formatDue, type IsoDate, lastDayOfPeriod, toBeijingIso } from '../time/beijing-time';

/**
 * Art. 20 全面回访: every finished work order awaits its callback — done after handling (办结, R19.1) and
 * closed online, on the spot or by call back (R15.1, R15.2).
 */
export const AWAITING_CALLBACK_STATUSES: readonly WorkOrderStatus[] = ['completed', 'closed-online'];

/**
 * Windows the regulation leaves to the centre ("按规定"): how soon a finished order is called back, and how long
 * the lead unit may appeal an unsatisfied result. Deployments configure them; these are the defaults.
 */
export const DEFAULT_CALLBACK_WITHIN_WORKING_DAYS = 3;
export const DEFAULT_APPEAL_WINDOW_WORKING_DAYS = 5;
export const MAX_CENTRE_WINDOW_WORKING_DAYS = 30;

/** A period of working days the centre set (not one of the regulation's limits), counted like them (Civil Code Art. 201). */
export interface WorkingDayWindow {
  readonly from: Date;
  readonly workingDays: number;
  readonly due: Date;
  readonly lastDay: IsoDate;
  readonly display: string;
  readonly provisional: boolean;
}

export function workingDayWindow(from: Date, workingDays: number, rules: DeadlineRules = {}): WorkingDayWindow {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_CENTRE_WINDOW_WORKING_DAYS) {
    throw new InvalidDomainInputError('invalid window', [
      { path: 'workingDays', message: `a whole number of working days, 1–${MAX_CENTRE_WINDOW_WORKING_DAYS}` },
    ]);
  }
  const { due, provisional } = (rules.calendar ?? seededCalendar()).deadlineAfterWorkingDays(from, workingDays);
  return { from, workingDays, due, lastDay: dayToIsoDate(lastDayOfPeriod(due)), display: formatDue(due), provisional };
}

export function awaitsCallback(order: Pick<WorkOrder, 'status'>): boolean {
  return AWAITING_CALLBACK_STATUSES.includes(order.status);
}

/** When the work order was finished: its reply passed review, or it was answered online. */
export function finishedAt(order: WorkOrder): Date | undefined {
  if (order.status === 'completed') return order.completedAt;
  if (order.status === 'closed-online') return order.onlineClosure?.closedAt;
  return undefined;
}

/** R20.1 when the callback of a finished work order is due; undefined while it awaits none. */
export function callbackDue(
  order: WorkOrder,
  workingDays: number,
  rules: DeadlineRules = {},
): WorkingDayWindow | undefined {
  const finished = awaitsCallback(order) ? finishedAt(order) : undefined;
  return finished ? workingDayWindow(finished, workingDays, rules) : undefined;
}

export interface WorkingDayWindowView {
  readonly due: string;
  readonly lastDay: IsoDate;
  readonly display: string;
  readonly provisional: boolean;
  readonly workingDays: number;
}

export function toWindowView(window: WorkingDayWindow): WorkingDayWindowView {
  const { lastDay, display, provisional, workingDays } = window;
  return { due: toBeijingIso(window.due), lastDay, display, provisional, workingDays };
}
