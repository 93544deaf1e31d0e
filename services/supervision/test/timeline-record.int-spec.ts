import { Actor, CoUnitContributed, SupervisionRpc, WorkOrderCreated } from '@hotline/contracts';
import { workOrderToJson } from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { beijingTime, eventually } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { acceptedForDispatch, supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const CO: Actor = { kind: 'user', id: 'h-2', role: 'unit', unitId: 'xt-cgj' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const at = beijingTime;

describe('the timeline as a record (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('timeline-record');

  /** A created work order and a co unit's contribution to it, as intake and handling announce them. */
  async function createdWithContribution(): Promise<string> {
    const order = acceptedForDispatch('2026-03-02 09:00');
    const outbox = running.producer.get(OutboxWriter);
    await running.producer.get(DataSource).transaction(async (manager) => {
      const created = {
        workOrderId: order.id,
        number: 'XT20260302000001',
        requestId: randomUUID(),
        channel: 'phone' as const,
        type: order.type,
        status: order.status,
        receivedAt: order.receivedAt.toISOString(),
        state: workOrderToJson(order),
      };
      await outbox.add(manager, WorkOrderCreated, created, {
        actor: OPERATOR,
        workOrderId: order.id,
        occurredAt: at('2026-03-02 09:00'),
      });
      const contribution = {
        contributionId: randomUUID(),
        workOrderId: order.id,
        unitId: 'xt-cgj',
        handledBy: '市城管局 王五',
        handledAt: at('2026-03-03 10:00').toISOString(),
        process: '配合现场核查',
        result: '占道已清理',
        callerContacted: false,
        outcome: 'solved',
        submittedAt: at('2026-03-03 11:00').toISOString(),
      };
      await outbox.add(manager, CoUnitContributed, contribution, {
        actor: CO,
        workOrderId: order.id,
        occurredAt: at('2026-03-03 11:00'),
      });
    });
    return order.id;
  }

  /** The work order's timeline once supervision shows both entries: its creation and the contribution. */
  const bothEntries = (id: string) =>
    eventually(
      () =>
        running.rpc
          .request(SupervisionRpc.timeline, { workOrderId: id, viewer: SUPERVISOR })
          .catch(() => ({ items: [] })),
      (answer) => answer.items.length === 2,
      20_000,
    );

  it('R15.5 R14.1 a co unit’s contribution is a step on the work order’s timeline', async () => {
    const id = await createdWithContribution();
    const timeline = await bothEntries(id);
    expect(timeline.items.map((item) => item.type)).toEqual(['workorder.created', 'workorder.co-unit-contributed']);
    expect(timeline.items[1]).toMatchObject({
      actor: { unitId: 'xt-cgj' },
      summary: { unitId: 'xt-cgj', result: '占道已清理', callerContacted: false },
    });
  });

  it('R14.1 the database refuses to UPDATE, DELETE or TRUNCATE timeline entries', async () => {
    const id = await createdWithContribution();
    const entries = await bothEntries(id);
    const db = running.supervision.get(DataSource);
    await expect(
      db.query(`UPDATE supervision.timeline_entries SET summary = '{}'::jsonb WHERE work_order_id = $1`, [id]),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.query(`DELETE FROM supervision.timeline_entries WHERE work_order_id = $1`, [id])).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(db.query(`TRUNCATE supervision.timeline_entries`)).rejects.toThrow(/append-only: TRUNCATE/);
    const after = await running.rpc.request(SupervisionRpc.timeline, { workOrderId: id, viewer: SUPERVISOR });
    expect(after.items).toEqual(entries.items);
  });
});
