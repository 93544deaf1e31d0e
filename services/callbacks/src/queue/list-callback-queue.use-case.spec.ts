import { WorkingCalendar } from '@hotline/calendar';
import { Actor } from '@hotline/contracts';
import { InvalidDomainInputError, WorkOrder } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { beijing, closedOnline, completed } from '../../test/work-order-fixtures';
import { CallbacksConfig } from '../config/callbacks.config';
import { PagePosition } from '@hotline/contracts';
import { CallbackQueueRepository, QueuedWorkOrder } from './callback-queue.repository';
import { ListCallbackQueueCommand, ListCallbackQueueUseCase } from './list-callback-queue.use-case';

const VIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };

function queueOf(orders: WorkOrder[], now: Date) {
  const asked: Array<[number, PagePosition | undefined]> = [];
  const rows: QueuedWorkOrder[] = orders.map((order, index) => ({
    id: order.id,
    updatedAt: new Date(Date.UTC(2026, 2, 2, index)),
    order,
  }));
  const queue = {
    listAwaitingCallback: async (limit: number, from?: PagePosition) => (
      asked.push([limit, from]),
      rows.slice(0, limit)
    ),
  };
  const calendar = { rules: () => ({}) };
  const clock = { now: () => now };
  const useCase = new ListCallbackQueueUseCase(
    queue as unknown as CallbackQueueRepository,
    calendar as unknown as WorkingCalendar,
    clock as unknown as Clock,
    new CallbacksConfig(),
  );
  return {
    asked,
    rows,
    list: (filters: Omit<ListCallbackQueueCommand['filters'], 'status'> = {}) =>
      useCase.execute(new ListCallbackQueueCommand(VIEWER, { status: 'due', ...filters })),
  };
}

describe('ListCallbackQueueUseCase', () => {
  it('R20.1 every finished work order with how it was finished, when its callback is due and whether that passed', async () => {
    const handled = completed();
    const online = closedOnline();
    const { list } = queueOf([handled, online], beijing('2026-03-06 10:00'));
    const { items, nextCursor } = await list();
    expect(nextCursor).toBeUndefined();
    expect(items).toEqual([
      expect.objectContaining({
        workOrderId: handled.id,
        finishedAs: 'handled',
        leadUnitId: 'unit-yuhu-district',
        overdue: false,
        callbackDue: expect.objectContaining({ lastDay: '2026-03-06', workingDays: 3 }),
      }),
      expect.objectContaining({
        workOrderId: online.id,
        finishedAs: 'closed-online',
        overdue: true,
        callbackDue: expect.objectContaining({ lastDay: '2026-03-05' }),
      }),
    ]);
    expect(items[1]).not.toHaveProperty('leadUnitId');
  });

  it('R20.1 pages: one more row than the limit asked, and the next page starts after the last one shown', async () => {
    const { asked, rows, list } = queueOf([completed(), completed(), completed()], beijing('2026-03-04 10:00'));
    const first = await list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(asked[0]).toEqual([3, undefined]);
    await list({ limit: 2, cursor: first.nextCursor });
    expect(asked[1]).toEqual([3, { at: rows[1]?.updatedAt, id: rows[1]?.id }]);
  });

  it('R20.1 refuses (400) a cursor that no page gave, naming the cursor, without reading', async () => {
    const { asked, list } = queueOf([], beijing('2026-03-04 10:00'));
    await expect(list({ cursor: Buffer.from('nope').toString('base64url') })).rejects.toThrow(InvalidDomainInputError);
    await expect(list({ cursor: 'bm9wZQ' })).rejects.toMatchObject({
      httpStatus: 400,
      message: expect.stringContaining('cursor'),
    });
    expect(asked).toEqual([]);
  });
});
