import { RegulationViolationError } from '@hotline/domain';
import { beijing, completed, FakeCallbackStep, REVIEWER } from '../../test/work-order-fixtures';
import { CallbacksConfig } from '../config/callbacks.config';
import { RecordCallbackCommand, RecordCallbackUseCase } from './record-callback.use-case';
import { TakeCallbackStep } from './take-callback-step';

function recordOn(appealWindow = 7) {
  const order = completed();
  const step = new FakeCallbackStep(order, beijing('2026-03-04 10:00'));
  const config = Object.assign(new CallbacksConfig(), { HOTLINE_APPEAL_WINDOW_WORKING_DAYS: appealWindow });
  const useCase = new RecordCallbackUseCase(step as unknown as TakeCallbackStep, config);
  return {
    order,
    step,
    record: (body: RecordCallbackCommand['body']) =>
      useCase.execute(new RecordCallbackCommand(REVIEWER, order.id, body)),
  };
}

describe('RecordCallbackUseCase', () => {
  it('R20.1 a satisfied callback closes the work order; only the fields given are recorded', async () => {
    const { order, step, record } = recordOn();
    const view = await record({ satisfaction: 'satisfied', contacted: true });
    expect(step.taken).toEqual([
      {
        workOrderId: order.id,
        actor: REVIEWER,
        command: { event: 'record-callback', satisfaction: 'satisfied', contacted: true, appealWindowWorkingDays: 7 },
      },
    ]);
    expect(view.status).toBe('closed');
  });

  it("R20.2 unsatisfied for the unit's own reasons goes back for re-handling", async () => {
    const { record } = recordOn();
    await expect(
      record({ satisfaction: 'unsatisfied', contacted: true, cause: 'unit', reason: '路灯仍不亮' }),
    ).resolves.toMatchObject({ status: 'rehandling' });
  });

  it("R20.3 an unsatisfied result opens the appeal window the centre configured, with the matter's nature", async () => {
    const { step, record } = recordOn(4);
    const view = await record({
      satisfaction: 'unsatisfied',
      contacted: true,
      cause: 'policy',
      reason: '政策不允许',
      matterNature: 'mediation',
    });
    expect(step.taken[0]?.command).toMatchObject({
      cause: 'policy',
      reason: '政策不允许',
      matterNature: 'mediation',
      appealWindowWorkingDays: 4,
    });
    expect(view.status).toBe('unsatisfied');
  });

  it("R20.1 the domain refuses an unsatisfied result without the caller's reason (422)", async () => {
    const { record } = recordOn();
    await expect(record({ satisfaction: 'unsatisfied', contacted: true, cause: 'policy' })).rejects.toThrow(
      RegulationViolationError,
    );
  });
});
