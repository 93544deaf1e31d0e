import { ACTORS, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { maySeeWorkOrder, workOrderVisibilityOf } from './work-order-visibility';

describe('who sees which work order, decided once (R14.1, R14.3, R15.5, R16.2)', () => {
  const { order } = workOrderIn('handling'); // lead LEAD_UNIT, co OTHER_UNIT
  const undispatched = workOrderIn('awaiting-dispatch').order;

  it('R14.1 lets the centre and the system see every work order, dispatched or not', () => {
    for (const actor of [ACTORS.operator, ACTORS.reviewer, ACTORS.supervisor, ACTORS.admin, ACTORS.system]) {
      expect(workOrderVisibilityOf(actor)).toEqual({ kind: 'every' });
      expect(maySeeWorkOrder(actor, order)).toBe(true);
      expect(maySeeWorkOrder(actor, undispatched)).toBe(true);
    }
  });

  it('R15.5 lets a unit see the work orders it leads (牵头) or co-handles (会同), R14.3 and no other', () => {
    expect(workOrderVisibilityOf(ACTORS.unit)).toEqual({ kind: 'handled-by', unitId: LEAD_UNIT });
    expect(workOrderVisibilityOf(ACTORS.otherUnit)).toEqual({ kind: 'handled-by', unitId: OTHER_UNIT });
    expect(maySeeWorkOrder(ACTORS.unit, order)).toBe(true);
    expect(maySeeWorkOrder(ACTORS.otherUnit, order)).toBe(true);
    expect(maySeeWorkOrder({ role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' }, order)).toBe(false);
    expect(maySeeWorkOrder(ACTORS.unit, undispatched)).toBe(false);
  });

  it('R14.3 shows nothing to a unit account without its unit, nor to a partner', () => {
    expect(workOrderVisibilityOf({ role: 'unit', id: 'u-0' })).toEqual({ kind: 'none' });
    expect(workOrderVisibilityOf(ACTORS.partner)).toEqual({ kind: 'none' });
    expect(maySeeWorkOrder({ role: 'unit', id: 'u-0' }, order, [LEAD_UNIT])).toBe(false);
    expect(maySeeWorkOrder(ACTORS.partner, order)).toBe(false);
  });

  it('R16.2 lets a unit see one it returned when the caller names it, and only then', () => {
    const returner = { role: 'unit', id: 'u-9', unitId: 'unit-returned' } as const;
    expect(maySeeWorkOrder(returner, order, ['unit-returned'])).toBe(true);
    expect(maySeeWorkOrder(returner, order)).toBe(false);
  });
});
