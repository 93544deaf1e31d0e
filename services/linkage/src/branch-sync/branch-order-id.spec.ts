import { branchOrderId } from './branch-order-id';

describe('our id of a branch order (R10.2)', () => {
  it('R10.2: is the same UUID every time for one (branch, external id), and differs for another', () => {
    const id = branchOrderId('12315', 'SC-00000001');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(branchOrderId('12315', 'SC-00000001')).toBe(id);
    expect(branchOrderId('12333', 'SC-00000001')).not.toBe(id);
    expect(branchOrderId('12315', 'SC-00000002')).not.toBe(id);
  });
});
