import { beijing, FakeSteps, LEAD, unitActor, workOrderAfter } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { RaiseDifficultyCommand, RaiseDifficultyUseCase } from './raise-difficulty.use-case';

describe('RaiseDifficultyUseCase', () => {
  it('R21.1 a dispatched order with unclear duty goes to coordination, with the note when one is given', async () => {
    const order = workOrderAfter();
    const steps = new FakeSteps(order);
    const view = await new RaiseDifficultyUseCase(steps as unknown as HandlingSteps).execute(
      new RaiseDifficultyCommand(
        unitActor(LEAD),
        order.id,
        { kind: 'unclear-duty', note: '职责交叉' },
        beijing('2026-03-02 11:00'),
      ),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'raise-difficulty', kind: 'unclear-duty', note: '职责交叉' });
    expect(view.status).toBe('coordinating');
  });

  it('R21.1 an empty note is not recorded', async () => {
    const order = workOrderAfter();
    const steps = new FakeSteps(order);
    await new RaiseDifficultyUseCase(steps as unknown as HandlingSteps).execute(
      new RaiseDifficultyCommand(
        unitActor(LEAD),
        order.id,
        { kind: 'disputed-law', note: '' },
        beijing('2026-03-02 11:00'),
      ),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'raise-difficulty', kind: 'disputed-law' });
  });
});
