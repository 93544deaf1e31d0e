import { BRANCH_ORDER_STATUSES, isBranchOrderOpen, isBranchOrderStatus } from './branch-orders';

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
