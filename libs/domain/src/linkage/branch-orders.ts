/**
 * R10.2: the statuses a branch centre (12315, 12333, 12366 …) reports for its own work orders, in the order they are
 * reached. A branch order is supervised and assessed like one of ours (纳入考核督办): open until `closed`, and late
 * when it is still open past its due time.
 */
export const BRANCH_ORDER_STATUSES = ['accepted', 'dispatched', 'handling', 'replied', 'closed'] as const;
export type BranchOrderStatus = (typeof BRANCH_ORDER_STATUSES)[number];

export function isBranchOrderStatus(value: string): value is BranchOrderStatus {
  return (BRANCH_ORDER_STATUSES as readonly string[]).includes(value);
}

/** R10.2: a branch order is open (its deadline watched, counted in the backlog) until the branch closes it. */
export function isBranchOrderOpen(status: BranchOrderStatus): boolean {
  return status !== 'closed';
}

/**
 * R10.2: a branch's change is taken only when it is newer than the state we hold; an older or equally old one (a late
 * delivery, a replayed message, an unchanged order on a reconciliation page) changes nothing.
 */
export function isNewerBranchChange(heldUpdatedAt: Date, incomingUpdatedAt: Date): boolean {
  return incomingUpdatedAt.getTime() > heldUpdatedAt.getTime();
}

/** R10.2: drift between the two sides, as reconciliation reports it: the branch's count less the orders we hold. */
export function branchDrift(branchTotal: number, held: number): number {
  return branchTotal - held;
}
