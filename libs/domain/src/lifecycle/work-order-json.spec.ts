import { WORK_ORDER_STATUSES } from './work-order-status';
import { workOrderFromJson, workOrderToJson } from './work-order-json';
import { applyWorkOrderCommand } from './apply-work-order-command';
import { ACTORS, later, workOrderIn } from '../../test/work-order-fixtures';

describe('R14.1 a work order survives its trip through events and jsonb unchanged', () => {
  it.each(WORK_ORDER_STATUSES)('round-trips a work order in state %s, Dates included', (status) => {
    const { order } = workOrderIn(status);
    const back = workOrderFromJson(JSON.parse(JSON.stringify(workOrderToJson(order))));
    expect(back).toEqual(order);
  });

  it('keeps working after the trip: a revived order takes its next step with the same deadlines', () => {
    const { order, now } = workOrderIn('dispatched');
    const direct = applyWorkOrderCommand(order, { event: 'sign' }, { actor: ACTORS.unit, now: later(now, 1) });
    const revived = applyWorkOrderCommand(
      workOrderFromJson(workOrderToJson(order)),
      { event: 'sign' },
      { actor: ACTORS.unit, now: later(now, 1) },
    );
    expect(revived.order).toEqual(direct.order);
    expect(revived.order.deadlines.handling?.due).toBeInstanceOf(Date);
  });

  it('leaves plain dates such as a plan date as strings', () => {
    const { order } = workOrderIn('replied');
    const withPlan = {
      ...order,
      reply: { ...order.reply!, outcome: 'plan' as const, plan: '协调施工', planDate: '2026-10-08' },
    };
    expect(workOrderFromJson(workOrderToJson(withPlan)).reply?.planDate).toBe('2026-10-08');
  });

  it('refuses something that is not a work order', () => {
    expect(() => workOrderFromJson({ id: 'x', status: 'flying', version: 1 })).toThrow(/snapshot/);
    expect(() => workOrderFromJson(null)).toThrow(/snapshot/);
  });
});
