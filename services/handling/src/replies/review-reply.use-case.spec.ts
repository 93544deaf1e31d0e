import { requestIdOf, StateConflictError } from '@hotline/domain';
import {
  beijing,
  DOMAIN_REPLY,
  FakeSteps,
  LEAD,
  REVIEWER,
  signed,
  unitActor,
  workOrderAfter,
} from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { ReviewReplyCommand, ReviewReplyUseCase } from './review-reply.use-case';

const replied = () =>
  workOrderAfter(
    [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
    [unitActor(LEAD), { event: 'submit-reply', reply: DOMAIN_REPLY }, '2026-03-03 10:00'],
  );
const now = beijing('2026-03-03 15:00');

describe('ReviewReplyUseCase', () => {
  it('R19.1 passed: the work order is done', async () => {
    const order = replied();
    const steps = new FakeSteps(order);
    const view = await new ReviewReplyUseCase(steps as unknown as HandlingSteps).execute(
      new ReviewReplyCommand(REVIEWER, order.id, requestIdOf(order), { pass: true }, now),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'pass-reply' });
    expect(view.status).toBe('completed');
  });

  it('R19.1 failed with a comment: back to the unit', async () => {
    const order = replied();
    const steps = new FakeSteps(order);
    const view = await new ReviewReplyUseCase(steps as unknown as HandlingSteps).execute(
      new ReviewReplyCommand(REVIEWER, order.id, requestIdOf(order), { pass: false, comment: '未联系来电人' }, now),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'fail-reply', comment: '未联系来电人' });
    expect(view.status).toBe('handling');
  });

  it('R19.1 refuses (409) to review a reply that is not waiting for review', async () => {
    const order = signed();
    const steps = new FakeSteps(order);
    await expect(
      new ReviewReplyUseCase(steps as unknown as HandlingSteps).execute(
        new ReviewReplyCommand(REVIEWER, order.id, requestIdOf(order), { pass: true }, now),
      ),
    ).rejects.toThrow(StateConflictError);
    expect(steps.taken).toEqual([]);
  });
});
