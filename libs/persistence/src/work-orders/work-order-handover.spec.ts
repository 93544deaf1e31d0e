import { DataSource } from 'typeorm';
import { OutboxWriter } from '../outbox/outbox-writer';
import { WorkOrderStates } from './work-order-states';

const ORDER = '0195F0A4-6B1E-7CC2-9A56-3C1F6E2D8A12';

/** The copy's status as handling's table holds it, and how often a wait read it. */
function copyTable(status: string) {
  const table = { status, reads: 0 };
  const dataSource = {
    getMetadata: () => ({ tablePath: 'handling.work_order_states' }),
    query: async () => (table.reads++, [{ status: table.status }]),
  } as unknown as DataSource;
  return { table, dataSource };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('waiting for a work order to be handed over (R16.1 a step right after the one before it)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('looks again as soon as this process commits a newer copy, without waiting for its next poll', async () => {
    const { table, dataSource } = copyTable('awaiting-dispatch');
    const states = new WorkOrderStates(new OutboxWriter(), { handoverWaitMs: 2_000 });
    let done = false;
    const waiting = states.awaitHandover(dataSource, ORDER, 'handling').then(() => (done = true));
    await settle();
    expect(table.reads).toBe(1);
    table.status = 'dispatched';
    states.copiesCommitted([ORDER.toLowerCase()]);
    await settle();
    await waiting;
    expect(done).toBe(true);
    expect(table.reads).toBe(2);
  });

  it("polls for a copy another replica committed, and stops at the wait's end", async () => {
    const { table, dataSource } = copyTable('awaiting-dispatch');
    const states = new WorkOrderStates(new OutboxWriter(), { handoverWaitMs: 100 });
    const waiting = states.awaitHandover(dataSource, ORDER, 'handling');
    for (let i = 0; i < 10; i++) {
      await settle();
      jest.advanceTimersByTime(20);
    }
    await waiting;
    expect(table.reads).toBeGreaterThan(2);
    // a copy of another work order wakes nothing
    states.copiesCommitted(['0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a13']);
  });
});
