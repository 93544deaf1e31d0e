import { NotTheWriterError, requestIdOf, WorkOrder } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import {
  beijing,
  completed,
  FakeCallbackStep,
  LEAD,
  MANAGER,
  unitActor,
  unsatisfiedCallback,
} from '../../test/work-order-fixtures';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { Appeal } from './appeal.entity';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { AppealsRepository } from './appeals.repository';
import { RequestAppealCommand, RequestAppealUseCase } from './request-appeal.use-case';

const now = beijing('2026-03-05 10:00');
const body = { reason: '来电人诉求超出政策规定', evidence: '湘潭市相关文件' };

function appealOn(order: WorkOrder) {
  const inserted: Appeal[] = [];
  const step = new FakeCallbackStep(order, now);
  const states = { find: async (_manager: EntityManager, id: string) => (id === order.id ? order : null) };
  const appeals = {
    insert: async (manager: EntityManager, appeal: Appeal) => void (manager === MANAGER && inserted.push(appeal)),
  };
  const useCase = new RequestAppealUseCase(
    step as unknown as TakeCallbackStep,
    { outside: MANAGER } as unknown as Transactions,
    states as unknown as WorkOrderStates,
    appeals as unknown as AppealsRepository,
  );
  return { step, inserted, appeal: () => useCase.execute(new RequestAppealCommand(unitActor(LEAD), order.id, body)) };
}

describe('RequestAppealUseCase', () => {
  it("R20.3 the lead unit's appeal is recorded in the step's transaction, named by the version it created", async () => {
    const order = completed(unsatisfiedCallback('policy'));
    const { step, inserted, appeal } = appealOn(order);
    const answer = await appeal();
    const id = requestIdOf({ id: order.id, version: order.version + 1 });
    expect(step.taken[0]?.command).toEqual({ event: 'request-appeal', ...body });
    expect(inserted).toEqual([
      {
        id,
        workOrderId: order.id,
        unitId: LEAD,
        ...body,
        requestedAt: now,
        decision: null,
        decidedBy: null,
        decidedAt: null,
      },
    ]);
    expect(answer).toMatchObject({ id, workOrder: { status: 'appeal-requested' } });
  });

  it("R20.3 an order sent back for re-handling is handling's: 409 naming handling at once, no step here", async () => {
    const order = completed(unsatisfiedCallback('unit'));
    const { step, inserted, appeal } = appealOn(order);
    const refusal = appeal();
    await expect(refusal).rejects.toThrow(NotTheWriterError);
    await expect(refusal).rejects.toMatchObject({
      httpStatus: 409,
      writer: 'handling',
      message: `work order ${order.id} is 'rehandling'; step 'request-appeal' is taken by handling`,
      details: { status: 'rehandling', writer: 'handling' },
    });
    expect([step.taken, inserted]).toEqual([[], []]);
  });
});
