import { NotFoundError, requestIdOf } from '@hotline/domain';
import { beijing, FakeSteps, LEAD, REVIEWER, unitActor, workOrderAfter } from '../../test/work-order-fixtures';
import { HandlingSteps } from '../work-orders/handling-steps';
import { RecordCallerInformedCommand, RecordCallerInformedUseCase } from './record-caller-informed.use-case';

const approved = () =>
  workOrderAfter(
    [unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00'],
    [unitActor(LEAD), { event: 'request-extension', workingDays: 3, reason: '需协调' }, '2026-03-04 10:00'],
    [REVIEWER, { event: 'approve-extension' }, '2026-03-04 15:00'],
  );

describe('RecordCallerInformedUseCase', () => {
  it('R17.2 records when and how the lead unit told the caller of the approved extension', async () => {
    const order = approved();
    const steps = new FakeSteps(order);
    const extensionId = `${order.id}:${order.extension?.requestVersion ?? 0}`;
    const body = { informedAt: '2026-03-04T16:00:00+08:00', method: 'phone' };
    await new RecordCallerInformedUseCase(steps as unknown as HandlingSteps).execute(
      new RecordCallerInformedCommand(unitActor(LEAD), order.id, extensionId, body, beijing('2026-03-04 17:00')),
    );
    expect(steps.taken[0]?.command).toEqual({
      event: 'record-caller-informed',
      informedAt: new Date(body.informedAt),
      method: 'phone',
    });
  });

  it('R17.2 refuses (404) an id that is not the latest extension request', async () => {
    const order = approved();
    const steps = new FakeSteps(order);
    const attempt = new RecordCallerInformedUseCase(steps as unknown as HandlingSteps).execute(
      new RecordCallerInformedCommand(
        unitActor(LEAD),
        order.id,
        requestIdOf(order),
        { informedAt: '2026-03-04T16:00:00+08:00', method: 'phone' },
        beijing('2026-03-04 17:00'),
      ),
    );
    await expect(attempt).rejects.toThrow(NotFoundError);
    expect(steps.taken).toEqual([]);
  });
});
