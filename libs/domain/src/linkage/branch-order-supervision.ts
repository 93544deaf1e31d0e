import type { WorkOrderStatus } from '../lifecycle/work-order-status';
import type { SupervisionTriggerCode } from '../reference/supervision';
import type { MonthlyCountId } from '../reports/monthly-indicators';
import type { WatchedPeriod } from '../supervision/deadline-watch';
import { type BranchOrderStatus, isBranchOrderOpen } from './branch-orders';

/**
 * R10.2 (纳入考核督办): a branch centre's order is supervised and assessed like one of ours. These are the rules by
 * which supervision lists, watches and counts it.
 */

const SUPERVISED_STATUS: Readonly<Record<BranchOrderStatus, WorkOrderStatus>> = {
  accepted: 'received',
  dispatched: 'dispatched',
  handling: 'handling',
  replied: 'replied',
  closed: 'closed',
};

/** R10.2: the status of our lifecycle a supervisor reads a branch status as (the branch's own stays beside it). */
export function supervisedStatusOfBranchOrder(status: BranchOrderStatus): WorkOrderStatus {
  return SUPERVISED_STATUS[status];
}

/** A branch order as supervision keeps it: what its deadline and its counts depend on. */
export interface BranchOrderTimes {
  readonly status: BranchOrderStatus;
  readonly acceptedAt: Date;
  readonly dueAt: Date | null;
  readonly closedAt: Date | null;
}

/** R10.2: the branch's deadline, watched while the order is open (none once closed or without a due time). */
export function watchedBranchDeadline(order: BranchOrderTimes): WatchedPeriod | undefined {
  if (!isBranchOrderOpen(order.status) || !order.dueAt) return undefined;
  return { from: order.acceptedAt, due: order.dueAt };
}

/** R10.2, R17.1: closed by its due time (an order without one is on time when closed). */
export function isBranchOrderClosedOnTime(order: BranchOrderTimes): boolean {
  if (order.status !== 'closed' || !order.closedAt) return false;
  return !order.dueAt || order.closedAt.getTime() <= order.dueAt.getTime();
}

/** R10.2, R17.1: still open at `asOf` with its due time passed (counts against the on-time rate). */
export function isBranchOrderOpenOverdue(order: BranchOrderTimes, asOf: Date): boolean {
  const closedBy = order.status === 'closed' && order.closedAt && order.closedAt.getTime() <= asOf.getTime();
  return !closedBy && order.dueAt !== null && order.dueAt.getTime() < asOf.getTime();
}

/** R23.1, R10.2: the trigger the system finds on a branch order itself: 1 (逾期未办结) while it is open past due. */
export function branchOrderSupervisionTriggers(order: BranchOrderTimes, now: Date): SupervisionTriggerCode[] {
  return isBranchOrderOpenOverdue(order, now) ? [1] : [];
}

/** The counts of R24.1 a unit's branch orders add to its month, and how many branch orders it received. */
export type BranchOrderMonthCounts = Readonly<
  Record<'received' | 'completed' | 'completedOnTime' | 'completedLate' | 'openOverdue', number>
>;

/**
 * R24.1, R10.2: the counts of a month [start, end) as of `asOf` for some branch orders: received (accepted in the
 * month), completed (closed in the month), of those on time and late, and open past their due time at `asOf`.
 */
export function branchOrderMonthCounts(
  orders: readonly BranchOrderTimes[],
  start: Date,
  end: Date,
  asOf: Date,
): BranchOrderMonthCounts {
  const within = (at: Date | null) => at !== null && at.getTime() >= start.getTime() && at.getTime() < end.getTime();
  const counts = { received: 0, completed: 0, completedOnTime: 0, completedLate: 0, openOverdue: 0 };
  for (const order of orders) {
    if (within(order.acceptedAt)) counts.received += 1;
    if (order.status === 'closed' && within(order.closedAt)) {
      counts.completed += 1;
      if (isBranchOrderClosedOnTime(order)) counts.completedOnTime += 1;
      else counts.completedLate += 1;
    }
    if (isBranchOrderOpenOverdue(order, asOf)) counts.openOverdue += 1;
  }
  return counts;
}

/** R24.1: the counts of several groups of branch orders (a unit's branch centres) together. */
export function sumBranchOrderMonthCounts(groups: readonly BranchOrderMonthCounts[]): BranchOrderMonthCounts {
  const sum = { received: 0, completed: 0, completedOnTime: 0, completedLate: 0, openOverdue: 0 };
  for (const group of groups) for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += group[key];
  return sum;
}

/**
 * R24.1, R10.2: an earlier month of the 12-month trend with the month's branch orders in it, as its own figures count
 * them (received, completed, completed on time).
 */
export function withBranchOrderTrend<C extends Record<'received' | 'completed' | 'completedOnTime', number>>(
  counts: Readonly<C>,
  branch: BranchOrderMonthCounts,
): C {
  return {
    ...counts,
    received: counts.received + branch.received,
    completed: counts.completed + branch.completed,
    completedOnTime: counts.completedOnTime + branch.completedOnTime,
  };
}

/**
 * R24.1, R25.1: a unit's month with its branch orders in it, counted like its own (received, completed, on time,
 * overdue: late completions and open past due), and `branchOrders` apart so the 通报 shows them marked.
 */
export function withBranchOrderCounts<C extends Record<MonthlyCountId, number>>(
  counts: Readonly<C>,
  branch: BranchOrderMonthCounts,
): C {
  return {
    ...withBranchOrderTrend(counts, branch),
    openOverdue: counts.openOverdue + branch.openOverdue,
    overdue: counts.overdue + branch.completedLate + branch.openOverdue,
    branchOrders: counts.branchOrders + branch.received,
  };
}
