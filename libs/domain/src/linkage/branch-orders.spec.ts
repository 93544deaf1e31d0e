import {
  BRANCH_ORDER_STATUSES,
  branchDrift,
  isBranchOrderOpen,
  isBranchOrderStatus,
  isNewerBranchChange,
} from './branch-orders';

describe('branch orders (R10.2)', () => {
  it('R10.2: a branch order stays open, watched and counted in the backlog, until the branch closes it', () => {
    expect(BRANCH_ORDER_STATUSES.filter(isBranchOrderOpen)).toEqual(['accepted', 'dispatched', 'handling', 'replied']);
    expect(isBranchOrderOpen('closed')).toBe(false);
  });

  it('R10.2: only the five statuses of the branch contract are read as statuses', () => {
    expect(isBranchOrderStatus('replied')).toBe(true);
    expect(isBranchOrderStatus('finished')).toBe(false);
    expect(isBranchOrderStatus('')).toBe(false);
  });
});

describe('branch changes (R10.2)', () => {
  it('R10.2: only a change newer than the state held is taken; a late or replayed one changes nothing', () => {
    const held = new Date('2026-12-01T08:00:00Z');
    expect(isNewerBranchChange(held, new Date('2026-12-01T08:00:01Z'))).toBe(true);
    expect(isNewerBranchChange(held, held)).toBe(false);
    expect(isNewerBranchChange(held, new Date('2026-12-01T07:59:59Z'))).toBe(false);
  });

  it('R10.2: drift is what the branch counts less what we hold', () => {
    expect(branchDrift(10_000, 9_998)).toBe(2);
    expect(branchDrift(10_000, 10_000)).toBe(0);
  });
});
