import { RegulationViolationError } from '@hotline/domain';
import { beijing, FakeSteps, LEAD, signed, unitActor } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { RequestExtensionCommand, RequestExtensionUseCase } from './request-extension.use-case';

describe('RequestExtensionUseCase', () => {
  const ask = (workingDays: number) => {
    const order = signed();
    const useCase = new RequestExtensionUseCase(new FakeSteps(order) as unknown as HandlingSteps);
    return {
      order,
      run: () =>
        useCase.execute(
          new RequestExtensionCommand(
            unitActor(LEAD),
            order.id,
            { workingDays, reason: '需协调' },
            beijing('2026-03-04 10:00'),
          ),
        ),
    };
  };

  it('R17.2 asks an extension and answers its id `<work order>:<version>`', async () => {
    const { order, run } = ask(5);
    await expect(run()).resolves.toMatchObject({
      id: `${order.id}:${order.version + 1}`,
      kind: 'extension',
      workOrder: { status: 'extension-requested' },
    });
  });

  it('R17.2 the domain refuses more than 5 working days (422), and the use case passes its refusal on', async () => {
    await expect(ask(6).run()).rejects.toThrow(RegulationViolationError);
  });
});
