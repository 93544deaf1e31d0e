import { ACTORS, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { unitRoleIn } from './unit-access';
import { maySeeWorkOrder } from './work-order-visibility';

describe('which work orders a unit sees (R14.3, R15.5)', () => {
  const { order } = workOrderIn('handling'); // lead LEAD_UNIT, co OTHER_UNIT

  it('R15.5 knows the lead unit and the co-handling units', () => {
    expect(unitRoleIn(order, LEAD_UNIT)).toBe('lead');
    expect(unitRoleIn(order, OTHER_UNIT)).toBe('co');
    expect(unitRoleIn(order, 'unit-elsewhere')).toBeUndefined();
    expect(unitRoleIn(workOrderIn('awaiting-dispatch').order, LEAD_UNIT)).toBeUndefined();
  });

  it('R14.3 lets the lead and co units see the work order, and no other unit', () => {
    expect(maySeeWorkOrder(ACTORS.unit, order)).toBe(true);
    expect(maySeeWorkOrder(ACTORS.otherUnit, order)).toBe(true);
    expect(maySeeWorkOrder({ role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' }, order)).toBe(false);
    expect(maySeeWorkOrder({ role: 'unit', id: 'u-0' }, order)).toBe(false);
  });

  it('R16.2 lets a unit see one it returned when the caller names it', () => {
    expect(maySeeWorkOrder({ role: 'unit', id: 'u-9', unitId: 'unit-returned' }, order, ['unit-returned'])).toBe(true);
  });

  it('lets centre staff and the system see every work order, a partner none', () => {
    for (const actor of [ACTORS.operator, ACTORS.reviewer, ACTORS.supervisor, ACTORS.admin, ACTORS.system])
      expect(maySeeWorkOrder(actor, order)).toBe(true);
    expect(maySeeWorkOrder(ACTORS.partner, order)).toBe(false);
  });
});
