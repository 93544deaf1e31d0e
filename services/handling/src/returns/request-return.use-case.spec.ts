import { beijing, FakeSteps, LEAD, signed, unitActor } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { RequestReturnCommand, RequestReturnUseCase } from './request-return.use-case';

describe('RequestReturnUseCase', () => {
  it('R16.2 asks the return with reason and basis, and names the request by the version it created', async () => {
    const order = signed();
    const steps = new FakeSteps(order);
    const body = { reason: '不属本单位职责', basis: '三定方案' };
    const created = await new RequestReturnUseCase(steps as unknown as HandlingSteps).execute(
      new RequestReturnCommand(unitActor(LEAD), order.id, body, beijing('2026-03-03 09:00')),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'request-return', ...body });
    expect(created).toMatchObject({
      id: `${order.id}:${order.version + 1}`,
      kind: 'return',
      workOrder: { status: 'return-requested' },
    });
  });
});
