import { zeroCounts } from '../reports/monthly-indicators';
import { monthlyRatesOf } from '../reports/monthly-indicators';
import {
  branchOrderMonthCounts,
  branchOrderSupervisionTriggers,
  BranchOrderTimes,
  isBranchOrderClosedOnTime,
  isBranchOrderOpenOverdue,
  sumBranchOrderMonthCounts,
  supervisedStatusOfBranchOrder,
  watchedBranchDeadline,
  withBranchOrderCounts,
  withBranchOrderTrend,
} from './branch-order-supervision';

const at = (text: string) => new Date(`${text}+08:00`);
const order = (overrides: Partial<BranchOrderTimes>): BranchOrderTimes => ({
  status: 'handling',
  acceptedAt: at('2026-03-02T09:00:00'),
  dueAt: at('2026-03-10T00:00:00'),
  closedAt: null,
  ...overrides,
});
const MARCH = [at('2026-03-01T00:00:00'), at('2026-04-01T00:00:00')] as const;

describe('branch orders in supervision (R10.2)', () => {
  it('R10.2: a branch status is read as the status of our lifecycle a supervisor knows', () => {
    expect(supervisedStatusOfBranchOrder('accepted')).toBe('received');
    expect(supervisedStatusOfBranchOrder('handling')).toBe('handling');
    expect(supervisedStatusOfBranchOrder('replied')).toBe('replied');
    expect(supervisedStatusOfBranchOrder('closed')).toBe('closed');
  });

  it('R10.2: the branch due time is watched while the order is open, from its acceptance', () => {
    expect(watchedBranchDeadline(order({}))).toEqual({
      from: at('2026-03-02T09:00:00'),
      due: at('2026-03-10T00:00:00'),
    });
    expect(watchedBranchDeadline(order({ status: 'closed', closedAt: at('2026-03-05T10:00:00') }))).toBeUndefined();
    expect(watchedBranchDeadline(order({ dueAt: null }))).toBeUndefined();
  });

  it('R17.1: a branch order closed by its due time is on time, after it late; without a due time on time', () => {
    expect(isBranchOrderClosedOnTime(order({ status: 'closed', closedAt: at('2026-03-10T00:00:00') }))).toBe(true);
    expect(isBranchOrderClosedOnTime(order({ status: 'closed', closedAt: at('2026-03-10T00:00:01') }))).toBe(false);
    expect(
      isBranchOrderClosedOnTime(order({ status: 'closed', dueAt: null, closedAt: at('2026-03-20T00:00:00') })),
    ).toBe(true);
    expect(isBranchOrderClosedOnTime(order({}))).toBe(false);
  });

  it('R17.1: an open branch order past its due time is overdue; one closed by then is not', () => {
    expect(isBranchOrderOpenOverdue(order({}), at('2026-03-11T00:00:00'))).toBe(true);
    expect(isBranchOrderOpenOverdue(order({}), at('2026-03-09T00:00:00'))).toBe(false);
    const closedLate = order({ status: 'closed', closedAt: at('2026-03-12T00:00:00') });
    expect(isBranchOrderOpenOverdue(closedLate, at('2026-03-11T00:00:00'))).toBe(true);
    expect(isBranchOrderOpenOverdue(closedLate, at('2026-03-13T00:00:00'))).toBe(false);
  });

  it('R23.1: the system supervises a branch order open past its due time (trigger 1), not one closed by then', () => {
    expect(branchOrderSupervisionTriggers(order({}), at('2026-03-10T08:00:00'))).toEqual([1]);
    expect(branchOrderSupervisionTriggers(order({}), at('2026-03-09T08:00:00'))).toEqual([]);
    const closed = order({ status: 'closed', closedAt: at('2026-03-09T10:00:00') });
    expect(branchOrderSupervisionTriggers(closed, at('2026-03-10T08:00:00'))).toEqual([]);
  });

  it('R24.1: a month counts branch orders received, completed, on time, late and open past due', () => {
    const counts = branchOrderMonthCounts(
      [
        order({ status: 'closed', closedAt: at('2026-03-05T10:00:00') }),
        order({ status: 'closed', closedAt: at('2026-03-12T10:00:00') }),
        order({}),
        order({ acceptedAt: at('2026-02-20T09:00:00'), dueAt: at('2026-02-27T00:00:00') }),
        order({ acceptedAt: at('2026-03-30T09:00:00'), dueAt: at('2026-04-08T00:00:00') }),
      ],
      ...MARCH,
      MARCH[1],
    );
    expect(counts).toEqual({ received: 4, completed: 2, completedOnTime: 1, completedLate: 1, openOverdue: 2 });
  });

  it('R24.1: a unit’s branch centres add up', () => {
    const one = { received: 2, completed: 1, completedOnTime: 1, completedLate: 0, openOverdue: 1 };
    const other = { received: 1, completed: 1, completedOnTime: 0, completedLate: 1, openOverdue: 0 };
    expect(sumBranchOrderMonthCounts([one, other])).toEqual({
      received: 3,
      completed: 2,
      completedOnTime: 1,
      completedLate: 1,
      openOverdue: 1,
    });
  });

  it('R25.1: branch orders count in the unit’s on-time rate and overdue, and apart as branch orders', () => {
    const own = { ...zeroCounts(), received: 10, completed: 8, completedOnTime: 8, overdue: 0 };
    const counts = withBranchOrderCounts(own, {
      received: 4,
      completed: 2,
      completedOnTime: 1,
      completedLate: 1,
      openOverdue: 2,
    });
    expect(counts).toMatchObject({ received: 14, completed: 10, completedOnTime: 9, openOverdue: 2, overdue: 3 });
    expect(counts.branchOrders).toBe(4);
    expect(monthlyRatesOf(counts).completedOnTimeRate).toBe(0.75);
  });

  it('R24.1, R10.2: an earlier month of the trend counts its branch orders received, completed and on time', () => {
    const month = { month: '2026-02', received: 10, completed: 8, completedOnTime: 8, callbacks: 5, satisfied: 4 };
    const trend = withBranchOrderTrend(month, {
      received: 3,
      completed: 2,
      completedOnTime: 1,
      completedLate: 1,
      openOverdue: 1,
    });
    expect(trend).toEqual({
      month: '2026-02',
      received: 13,
      completed: 10,
      completedOnTime: 9,
      callbacks: 5,
      satisfied: 4,
    });
  });
});
