import { InvalidDomainInputError } from '../errors/domain-error';
import type { WorkOrder } from '../lifecycle/work-order';
import type { DeadlineKind } from '../time-limits/deadlines';
import { runningDeadline } from '../time-limits/running-deadline';

/** The deadlines the watch announces: signing, handling, re-handling, the call back (1 working day) and cases. */
export const WATCHED_DEADLINE_KINDS = ['sign', 'handling', 'rehandling', 'online-callback', 'supervision'] as const;
export type WatchedDeadlineKind = (typeof WATCHED_DEADLINE_KINDS)[number];

export const DEFAULT_DUE_SOON_SHARE = 0.75;

/** A deadline as the watch keeps it: when its period began and when it ends. */
export interface WatchedPeriod {
  readonly from: Date;
  readonly due: Date;
}

/** The work order's deadline the watch keeps: the one running in its current state (none while none runs). */
export function watchedDeadlineOf(order: WorkOrder): (WatchedPeriod & { kind: WatchedDeadlineKind }) | undefined {
  const running = runningDeadline(order);
  if (!running || !isWatchedKind(running.kind)) return undefined;
  return { kind: running.kind, from: running.from, due: running.due };
}

export function isWatchedKind(kind: DeadlineKind | string): kind is WatchedDeadlineKind {
  return (WATCHED_DEADLINE_KINDS as readonly string[]).includes(kind);
}

/**
 * When a deadline is due soon: once `share` of its period has passed (75 % by default), e.g. a 5-working-day
 * limit from Monday 09:00 to Saturday 00:00 is due soon from Thursday 12:45.
 */
export function dueSoonAt(period: WatchedPeriod, share: number = DEFAULT_DUE_SOON_SHARE): Date {
  if (!(share > 0 && share < 1)) {
    throw new InvalidDomainInputError('invalid share', [
      { path: 'share', message: 'a share of the limit, 0 < share < 1' },
    ]);
  }
  const span = Math.max(0, period.due.getTime() - period.from.getTime());
  return new Date(period.from.getTime() + Math.floor(span * share));
}

/** What a passed deadline starts (R23.1 trigger 1 逾期未办结, R16.1, R23.3). */
export type OverdueConsequence =
  | { readonly kind: 'open-case'; readonly trigger: 1 }
  | { readonly kind: 'case-overdue' }
  | { readonly kind: 'none'; readonly because: string };

export function consequenceOfOverdue(kind: WatchedDeadlineKind): OverdueConsequence {
  switch (kind) {
    case 'handling':
    case 'rehandling':
      return { kind: 'open-case', trigger: 1 };
    case 'supervision':
      return { kind: 'case-overdue' };
    case 'sign':
      return { kind: 'none', because: 'R16.1 an order not signed within the limit is deemed signed' };
    case 'online-callback':
      return { kind: 'none', because: 'R15.2 the call back is the centre’s own task, not a unit’s' };
  }
}
