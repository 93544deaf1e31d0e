import { ACTORS, LEAD_UNIT, OTHER_UNIT, workOrderIn } from '../../test/work-order-fixtures';
import { replyIsContribution } from './reply-routing';

describe('whose reply is a contribution', () => {
  const order = workOrderIn('handling').order;

  it("R15.5 a co-handling unit's reply is its contribution", () => {
    expect(order.assignment?.coUnitIds).toContain(OTHER_UNIT);
    expect(replyIsContribution(ACTORS.otherUnit, order)).toBe(true);
  });

  it("R18.1 the lead unit's reply is the step", () => {
    expect(order.assignment?.leadUnitId).toBe(LEAD_UNIT);
    expect(replyIsContribution(ACTORS.unit, order)).toBe(false);
  });

  it('R15.5 a unit with no part in the order, or centre staff, reply as a step (and the step refuses them)', () => {
    expect(replyIsContribution({ role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' }, order)).toBe(false);
    expect(replyIsContribution(ACTORS.reviewer, order)).toBe(false);
  });
});
