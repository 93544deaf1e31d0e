import { NotFoundError, WorkOrder } from '@hotline/domain';
import { CO, LEAD, OTHER, REPLY, REVIEWER, signed, unitActor } from '../../test/work-order-fixtures';
import { HandlingWorkOrdersRepository } from '../work-orders/handling-work-orders.repository';
import { CoUnitContributionRecord } from './co-unit-contribution.entity';
import { CoUnitContributionsRepository } from './co-unit-contributions.repository';
import { ListContributionsCommand, ListContributionsUseCase } from './list-contributions.use-case';

function listOn(order: WorkOrder | null, rows: CoUnitContributionRecord[] = []) {
  const asked: string[] = [];
  const workOrders = { find: async () => order };
  const contributions = { listForWorkOrder: async (id: string) => (asked.push(id), rows) };
  const useCase = new ListContributionsUseCase(
    workOrders as unknown as HandlingWorkOrdersRepository,
    contributions as unknown as CoUnitContributionsRepository,
  );
  return {
    asked,
    list: (actor = unitActor(LEAD), id = order?.id ?? 'a5b2c0de-0000-4000-8000-000000000000') =>
      useCase.execute(new ListContributionsCommand(actor, id)),
  };
}

describe('ListContributionsUseCase', () => {
  it('R15.5 the lead unit reads what its co units contributed, with their times as ISO-8601', async () => {
    const order = signed();
    const submittedAt = new Date('2026-03-03T02:00:00.000Z');
    const row: CoUnitContributionRecord = {
      id: 'c-1',
      workOrderId: order.id,
      unitId: CO,
      submittedBy: 'co-handler',
      submittedAt,
      reply: { ...REPLY },
    };
    const { list } = listOn(order, [row]);
    await expect(list()).resolves.toEqual({
      items: [
        {
          ...REPLY,
          id: 'c-1',
          workOrderId: order.id,
          unitId: CO,
          submittedBy: 'co-handler',
          submittedAt: submittedAt.toISOString(),
        },
      ],
    });
  });

  it('R15.5 the centre reads them too', async () => {
    const { list } = listOn(signed());
    await expect(list(REVIEWER)).resolves.toEqual({ items: [] });
  });

  it('answers 404 for a work order handling does not have', async () => {
    const { list, asked } = listOn(null);
    await expect(list(REVIEWER, 'a5b2c0de-0000-4000-8000-000000000000')).rejects.toThrow(
      new NotFoundError('no work order a5b2c0de-0000-4000-8000-000000000000'),
    );
    expect(asked).toEqual([]);
  });

  it('R15.5 another unit reads nothing of an order it neither leads nor co-handles (403)', async () => {
    const order = signed();
    const { list, asked } = listOn(order);
    await expect(list(unitActor(OTHER))).rejects.toThrow(`work order ${order.id} is not one of unit '${OTHER}'`);
    expect(asked).toEqual([]);
  });
});
