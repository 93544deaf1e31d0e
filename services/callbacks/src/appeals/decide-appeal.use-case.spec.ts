import { NotFoundError } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import {
  beijing,
  completed,
  FakeCallbackStep,
  LEAD,
  MANAGER,
  REVIEWER,
  unitActor,
  unsatisfiedCallback,
} from '../../test/work-order-fixtures';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { AppealDecision, AppealsRepository } from './appeals.repository';
import { DecideAppealCommand, DecideAppealUseCase } from './decide-appeal.use-case';

const now = beijing('2026-03-06 10:00');

function decideOn(open: boolean) {
  const order = completed(unsatisfiedCallback('policy'), [
    unitActor(LEAD),
    { event: 'request-appeal', reason: '政策限制', evidence: '文件' },
    '2026-03-05 10:00',
  ]);
  const appealId = `${order.id}:${order.version}`;
  const decided: Array<[string, string, AppealDecision]> = [];
  const step = new FakeCallbackStep(order, now);
  const appeals = {
    decideOpen: async (manager: EntityManager, workOrderId: string, id: string, decision: AppealDecision) => (
      manager === MANAGER && decided.push([workOrderId, id, decision]),
      open
    ),
  };
  const useCase = new DecideAppealUseCase(step as unknown as TakeCallbackStep, appeals as unknown as AppealsRepository);
  return {
    order,
    appealId,
    decided,
    step,
    decide: (approve: boolean, comment?: string) =>
      useCase.execute(
        new DecideAppealCommand(REVIEWER, order.id, appealId, { approve, ...(comment ? { comment } : {}) }),
      ),
  };
}

describe('DecideAppealUseCase', () => {
  it("R20.3 approved: the appeal records the decision at the step's time, and the result is kept out of the assessment", async () => {
    const { order, appealId, decided, step, decide } = decideOn(true);
    const view = await decide(true, '证据充分');
    expect(step.taken[0]?.command).toEqual({ event: 'approve-appeal', comment: '证据充分' });
    expect(decided).toEqual([[order.id, appealId, { decision: 'approved', decidedBy: REVIEWER.id, decidedAt: now }]]);
    expect(view.status).toBe('closed');
  });

  it('R20.3 rejected: the decision is recorded as rejected', async () => {
    const { decided, step, decide } = decideOn(true);
    await decide(false);
    expect(step.taken[0]?.command).toEqual({ event: 'reject-appeal' });
    expect(decided[0]?.[2].decision).toBe('rejected');
  });

  it("R20.3 an appeal that is not open is 404, thrown inside the step's transaction so that the step rolls back", async () => {
    const { order, appealId, decide } = decideOn(false);
    await expect(decide(true)).rejects.toThrow(
      new NotFoundError(`no open appeal ${appealId} on work order ${order.id}`),
    );
  });
});
