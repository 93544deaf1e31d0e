import { beijing, FakeSteps, LEAD, unitActor, workOrderAfter } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { SignWorkOrderCommand, SignWorkOrderUseCase } from './sign-work-order.use-case';

describe('SignWorkOrderUseCase', () => {
  it('R16.1 the lead unit signs at the time it is given; the view shows the handling limit started', async () => {
    const dispatched = workOrderAfter();
    const steps = new FakeSteps(dispatched);
    const now = beijing('2026-03-02 11:00');
    const view = await new SignWorkOrderUseCase(steps as unknown as HandlingSteps).execute(
      new SignWorkOrderCommand(unitActor(LEAD), dispatched.id, now),
    );
    expect(steps.taken).toEqual([
      { actor: unitActor(LEAD), workOrderId: dispatched.id, command: { event: 'sign' }, now },
    ]);
    expect(view).toMatchObject({ id: dispatched.id, status: 'handling' });
    expect(view.deadlines.handling).toBeDefined();
  });
});
