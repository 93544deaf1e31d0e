import { NotFoundError, requestIdOf, StateConflictError } from '@hotline/domain';
import { beijing, FakeSteps, LEAD, REVIEWER, signed, unitActor, workOrderAfter } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { DecideExtensionCommand, DecideExtensionUseCase } from './decide-extension.use-case';

const requested = () =>
  workOrderAfter(
    [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
    [unitActor(LEAD), { event: 'request-extension', workingDays: 3, reason: '需协调' }, '2026-03-04 10:00'],
  );
const now = beijing('2026-03-04 15:00');

describe('DecideExtensionUseCase', () => {
  it('R17.2 approved with a comment: the step says the unit must tell the caller', async () => {
    const order = requested();
    const steps = new FakeSteps(order);
    const view = await new DecideExtensionUseCase(steps as unknown as HandlingSteps).execute(
      new DecideExtensionCommand(REVIEWER, order.id, requestIdOf(order), { approve: true, comment: '同意' }, now),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'approve-extension', comment: '同意' });
    expect(view.status).toBe('handling');
  });

  it('R17.2 rejected without a comment: no comment is recorded', async () => {
    const order = requested();
    const steps = new FakeSteps(order);
    await new DecideExtensionUseCase(steps as unknown as HandlingSteps).execute(
      new DecideExtensionCommand(REVIEWER, order.id, requestIdOf(order), { approve: false }, now),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'reject-extension' });
  });

  it("R17.2 refuses, before any step, a request that is not pending (409) or not this order's (404)", async () => {
    const order = signed();
    const steps = new FakeSteps(order);
    const decide = (extensionId: string) =>
      new DecideExtensionUseCase(steps as unknown as HandlingSteps).execute(
        new DecideExtensionCommand(REVIEWER, order.id, extensionId, { approve: true }, now),
      );
    await expect(decide(requestIdOf(order))).rejects.toThrow(StateConflictError);
    await expect(decide(`${order.id}:99`)).rejects.toThrow(NotFoundError);
    expect(steps.taken).toEqual([]);
  });
});
