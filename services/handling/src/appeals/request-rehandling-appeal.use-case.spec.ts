import {
  beijing,
  DOMAIN_REPLY,
  FakeSteps,
  LEAD,
  REVIEWER,
  unitActor,
  workOrderAfter,
} from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { RequestRehandlingAppealCommand, RequestRehandlingAppealUseCase } from './request-rehandling-appeal.use-case';

describe('RequestRehandlingAppealUseCase', () => {
  it('R20.3 the lead unit appeals the result that sent the order back for re-handling; the appeal is named by its version', async () => {
    const order = workOrderAfter(
      [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
      [unitActor(LEAD), { event: 'submit-reply', reply: DOMAIN_REPLY }, '2026-03-03 10:00'],
      [REVIEWER, { event: 'pass-reply' }, '2026-03-03 15:00'],
      [
        REVIEWER,
        { event: 'record-callback', satisfaction: 'unsatisfied', contacted: true, cause: 'unit', reason: '路灯仍不亮' },
        '2026-03-04 10:00',
      ],
    );
    expect(order.status).toBe('rehandling');
    const steps = new FakeSteps(order);
    const body = { reason: '政策限制', evidence: '文件' };
    const answer = await new RequestRehandlingAppealUseCase(steps as unknown as HandlingSteps).execute(
      new RequestRehandlingAppealCommand(unitActor(LEAD), order.id, body, beijing('2026-03-04 11:00')),
    );
    expect(steps.taken[0]?.command).toEqual({ event: 'request-appeal', ...body });
    expect(answer).toMatchObject({ id: `${order.id}:${order.version + 1}`, workOrder: { status: 'appeal-requested' } });
  });
});
