import { workOrderIn } from '../../test/work-order-fixtures';
import { applyWorkOrderCommand, availableEvents } from './apply-work-order-command';
import { maySeeWorkOrder, supervisesWorkOrder, workOrderVisibilityOf } from './work-order-visibility';

// The fixture's work order is dispatched to a district government's street office (lead) with a bureau (co).
const STREET = 'unit-yuhu-district';
const DISTRICT = 'xt-yuhu';
const district = { role: 'unit', id: 'd-1', unitId: DISTRICT, supervisedUnitIds: [STREET, 'xt-yuhu-yunting'] } as const;
const sibling = { role: 'unit', id: 'd-2', unitId: 'xt-yuetang', supervisedUnitIds: ['xt-yuetang-baota'] } as const;

describe('Art. 8(4) a unit reads the work orders of the units below it, and acts on none of them', () => {
  const { order, now } = workOrderIn('dispatched');

  it('Art. 8(4) R14.1 lets a district see its street office’s work order, read-only', () => {
    expect(workOrderVisibilityOf(district)).toEqual({
      kind: 'handled-by',
      unitId: DISTRICT,
      supervisedUnitIds: [STREET, 'xt-yuhu-yunting'],
    });
    expect(maySeeWorkOrder(district, order)).toBe(true);
    expect(supervisesWorkOrder(district, order)).toBe(true);
  });

  it('Art. 8(4) R14.3 keeps a sibling district out of it', () => {
    expect(maySeeWorkOrder(sibling, order)).toBe(false);
    expect(supervisesWorkOrder(sibling, order)).toBe(false);
  });

  it('Art. 8(4) R16.1 leaves the district no step on it: it cannot sign for its street office', () => {
    expect(availableEvents(order, district)).toEqual([]);
    expect(() => applyWorkOrderCommand(order, { event: 'sign' }, { actor: district, now })).toThrow(/unit|lead|role/);
  });

  it('Art. 8(4) a unit that handles the order itself is not merely supervising it; nor is the centre', () => {
    const handling = { role: 'unit', id: 'u-1', unitId: STREET, supervisedUnitIds: ['xt-other'] } as const;
    expect(maySeeWorkOrder(handling, order)).toBe(true);
    expect(supervisesWorkOrder(handling, order)).toBe(false);
    expect(supervisesWorkOrder({ role: 'supervisor', id: 'sv-1' }, order)).toBe(false);
  });

  it('Art. 8(4) a unit is not its own subordinate, and an empty list is no supervision', () => {
    expect(workOrderVisibilityOf({ role: 'unit', unitId: STREET, supervisedUnitIds: [STREET] })).toEqual({
      kind: 'handled-by',
      unitId: STREET,
    });
    expect(workOrderVisibilityOf({ role: 'unit', supervisedUnitIds: [STREET] })).toEqual({ kind: 'none' });
  });
});
