import { ACTORS, beijing, LEAD_UNIT, OTHER_UNIT, VALID_REPLY, workOrderIn } from '../../test/work-order-fixtures';
import { IllegalTransitionError, RegulationViolationError, RoleNotAllowedError } from '../errors/domain-error';
import { acceptCoUnitContribution } from './co-unit-contribution';

const now = beijing('2026-03-03 16:00');
const coUnit = { role: 'unit', id: 'u-9', unitId: OTHER_UNIT } as const;

describe('co-handling units’ contributions (R15.5)', () => {
  it('R15.5 a co unit contributes its part while the lead unit handles the order', () => {
    const order = workOrderIn('handling').order;
    const contribution = acceptCoUnitContribution(order, coUnit, VALID_REPLY, now);
    expect(contribution).toMatchObject({
      workOrderId: order.id,
      unitId: OTHER_UNIT,
      result: '已解决',
      submittedAt: now,
    });
  });

  it('R15.5 the lead unit replies as a step, never as a contribution; another unit may not contribute (403)', () => {
    const order = workOrderIn('handling').order;
    expect(() => acceptCoUnitContribution(order, ACTORS.unit, VALID_REPLY, now)).toThrow(RoleNotAllowedError);
    expect(() => acceptCoUnitContribution(order, { role: 'unit', unitId: 'unit-else' }, VALID_REPLY, now)).toThrow(
      RoleNotAllowedError,
    );
    expect(() => acceptCoUnitContribution(order, ACTORS.reviewer, VALID_REPLY, now)).toThrow(
      expect.objectContaining({ httpStatus: 403 }),
    );
    expect(order.assignment?.leadUnitId).toBe(LEAD_UNIT);
  });

  it('R15.5 no contribution before the lead unit signed or after its reply (409)', () => {
    expect(() => acceptCoUnitContribution(workOrderIn('dispatched').order, coUnit, VALID_REPLY, now)).toThrow(
      IllegalTransitionError,
    );
    expect(() => acceptCoUnitContribution(workOrderIn('replied').order, coUnit, VALID_REPLY, now)).toThrow(
      IllegalTransitionError,
    );
  });

  it('R18.1 a contribution says who handled it, how and with what result (422)', () => {
    const order = workOrderIn('handling').order;
    const attempt = () => acceptCoUnitContribution(order, coUnit, { ...VALID_REPLY, result: '  ' }, now);
    expect(attempt).toThrow(RegulationViolationError);
    expect(attempt).toThrow(expect.objectContaining({ requirement: 'R18.1', httpStatus: 422 }));
  });
});
