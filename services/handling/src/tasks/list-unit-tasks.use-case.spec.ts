import { AccessDeniedError } from '@hotline/domain';
import { CO, LEAD, REVIEWER, signed, unitActor, workOrderAfter } from '../../test/work-order-fixtures';
import { HandlingWorkOrdersRepository, UnitTaskRow } from '../work-orders/handling-work-orders.repository';
import { ListUnitTasksCommand, ListUnitTasksUseCase } from './list-unit-tasks.use-case';

describe('ListUnitTasksUseCase', () => {
  const handled = signed();
  const waiting = workOrderAfter();
  const rows: UnitTaskRow[] = [handled, waiting].map((order) => ({
    id: order.id,
    status: order.status,
    version: order.version,
    order,
  }));

  function listing() {
    const asked: Array<[string, string | undefined, number]> = [];
    const workOrders = {
      listForUnit: async (unitId: string, status: string | undefined, limit: number) => (
        asked.push([unitId, status, limit]),
        rows
      ),
    };
    return { asked, useCase: new ListUnitTasksUseCase(workOrders as unknown as HandlingWorkOrdersRepository) };
  }

  it("R15.5 lists the unit's own work orders with its role in each: lead (承办) or co (协办)", async () => {
    const { asked, useCase } = listing();
    const lead = await useCase.execute(new ListUnitTasksCommand(unitActor(LEAD), 'handling'));
    expect(asked).toEqual([[LEAD, 'handling', 200]]);
    expect(lead.items.map(({ workOrderId, role, status }) => ({ workOrderId, role, status }))).toEqual([
      { workOrderId: handled.id, role: 'lead', status: 'handling' },
      { workOrderId: waiting.id, role: 'lead', status: 'dispatched' },
    ]);
    const co = await useCase.execute(new ListUnitTasksCommand(unitActor(CO)));
    expect(co.items.map((item) => item.role)).toEqual(['co', 'co']);
  });

  it('refuses (403) anyone but a handling unit, without reading', async () => {
    const { asked, useCase } = listing();
    await expect(useCase.execute(new ListUnitTasksCommand(REVIEWER))).rejects.toThrow(
      new AccessDeniedError('only a handling unit has unit tasks'),
    );
    expect(asked).toEqual([]);
  });
});
