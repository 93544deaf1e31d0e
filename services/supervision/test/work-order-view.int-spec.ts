import { Actor, EventEnvelope, stepEventOf, SupervisionRpc, WorkOrderStepPayload } from '@hotline/contracts';
import { applyWorkOrderCommand, WorkOrder, WorkOrderCommand } from '@hotline/domain';
import { stepPayload } from '@hotline/persistence';
import { beijingTime, eventually, publishCreated, publishStep } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProjectWorkOrder } from '../src/work-orders/project-work-order';
import { acceptedForDispatch, supervisionWithProducerSuite } from './supervision-with-producer';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };
const CO: Actor = { kind: 'user', id: 'h-2', role: 'unit', unitId: 'xt-cgj' };
const STRANGER: Actor = { kind: 'user', id: 'h-3', role: 'unit', unitId: 'xt-yuetang' };
const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const at = beijingTime;

describe('supervision’s view of every work order (real Postgres and NATS)', () => {
  const running = supervisionWithProducerSuite('wo-view');

  const publishCreatedAs = (order: WorkOrder, number: string) =>
    publishCreated(running.producer, order, { number, district: '雨湖区', category: '市容环境' });

  async function signedWorkOrder(number: string): Promise<WorkOrder> {
    const awaiting = acceptedForDispatch('2026-09-30 09:00', '2026-09-30 09:01');
    await publishCreatedAs(awaiting, number);
    const steps: Array<[WorkOrderCommand, Actor, string]> = [
      [{ event: 'dispatch', leadUnitId: 'xt-yuhu', coUnitIds: ['xt-cgj'] }, OPERATOR, '2026-09-30 10:00'],
      [{ event: 'sign' }, LEAD, '2026-10-08 09:00'],
    ];
    let order = awaiting;
    for (const [command, actor, time] of steps) {
      const transition = applyWorkOrderCommand(order, command, {
        actor: { role: actor.role as never, id: actor.id, unitId: actor.unitId },
        now: at(time),
      });
      await publishStep(running.producer, transition, actor);
      order = transition.order;
    }
    return order;
  }

  it('R14.1 shows a work order’s current state, units and every deadline once its steps arrive, and the timeline in order', async () => {
    const order = await signedWorkOrder('XT20260930000001');
    // one consumer per subject: `created` may land after the steps, so wait for what each of them brings
    const view = await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: SUPERVISOR }).catch(() => null),
      (v) => v?.status === 'handling' && v.number !== undefined,
    );
    expect(view).toMatchObject({
      number: 'XT20260930000001',
      status: 'handling',
      leadUnitId: 'xt-yuhu',
      coUnitIds: ['xt-cgj'],
      district: '雨湖区',
      category: '市容环境',
    });
    // dispatched 09-30 10:00: sign by 10-08 24:00 across National Day; 5 working days after 10-08 signing end 10-14
    expect(view!.deadlines.sign).toMatchObject({ lastDay: '2026-10-08', due: '2026-10-09T00:00:00+08:00' });
    expect(view!.deadlines.handling).toMatchObject({ lastDay: '2026-10-14', provisional: false });
    const timeline = await eventually(
      () => running.rpc.request(SupervisionRpc.timeline, { workOrderId: order.id, viewer: SUPERVISOR }),
      (t) => t.items.length === 3,
    );
    expect(timeline.items.map((item) => item.type)).toEqual([
      'workorder.created',
      'workorder.assigned',
      'workorder.signed',
    ]);
    expect(timeline.items[2]!.summary).toMatchObject({
      step: 'sign',
      from: 'dispatched',
      to: 'handling',
      requirements: ['R16.1'],
    });
    expect(JSON.stringify(timeline.items)).not.toContain('"state"');
  });

  it('R14.3 lets a unit read the work orders it leads or co-handles, and no other (403)', async () => {
    const order = await signedWorkOrder('XT20260930000002');
    await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: SUPERVISOR }).catch(() => null),
      (v) => v?.status === 'handling',
    );
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: LEAD }),
    ).resolves.toMatchObject({ id: order.id });
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: CO }),
    ).resolves.toMatchObject({
      nextSteps: [],
    });
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: STRANGER }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(
      running.rpc.request(SupervisionRpc.timeline, { workOrderId: order.id, viewer: STRANGER }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const strangers = await running.rpc.request(SupervisionRpc.workOrders, { viewer: STRANGER, filters: {} });
    expect(strangers.items.map((item) => item.id)).not.toContain(order.id);
    const own = await running.rpc.request(SupervisionRpc.workOrders, { viewer: CO, filters: {} });
    expect(own.items.map((item) => item.id)).toContain(order.id);
  });

  it('lists by status, unit, overdue and due date, in pages that together hold each work order once', async () => {
    const orders = [
      await signedWorkOrder('XT20260930000003'),
      await signedWorkOrder('XT20260930000004'),
      await signedWorkOrder('XT20260930000005'),
    ];
    await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrders, {
          viewer: SUPERVISOR,
          filters: { status: 'handling', unitId: 'xt-yuhu' },
        }),
      (page) => page.items.length >= 5,
    );
    // the test clock is the host's: 2026-10-14 has passed, so every one of them is overdue
    const overdue = await running.rpc.request(SupervisionRpc.workOrders, {
      viewer: SUPERVISOR,
      filters: { overdue: true },
    });
    expect(overdue.items.map((item) => item.id)).toEqual(expect.arrayContaining(orders.map((order) => order.id)));
    expect(overdue.items.every((item) => item.overdue && item.due === '2026-10-15T00:00:00+08:00')).toBe(true);
    const notDue = await running.rpc.request(SupervisionRpc.workOrders, {
      viewer: SUPERVISOR,
      filters: { dueBefore: '2026-10-01T00:00:00+08:00' },
    });
    expect(notDue.items).toEqual([]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await running.rpc.request(SupervisionRpc.workOrders, {
        viewer: SUPERVISOR,
        filters: { limit: 2, ...(cursor ? { cursor } : {}) },
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(orders.map((order) => order.id)));
    await expect(
      running.rpc.request(SupervisionRpc.workOrders, { viewer: SUPERVISOR, filters: { status: 'flying' as never } }),
    ).rejects.toMatchObject({ problem: { statusCode: 400 } });
  });

  it("lists a work order whose step arrived before its created event with the step's deadline and the created event's number and district", async () => {
    const awaiting = acceptedForDispatch('2026-09-30 09:00', '2026-09-30 09:01');
    const dispatched = applyWorkOrderCommand(
      awaiting,
      { event: 'dispatch', leadUnitId: 'xt-yuhu' },
      { actor: { role: 'operator', id: 'op-1' }, now: at('2026-09-30 10:00') },
    );
    const signed = applyWorkOrderCommand(
      dispatched.order,
      { event: 'sign' },
      { actor: { role: 'unit', id: LEAD.id, unitId: 'xt-yuhu' }, now: at('2026-10-08 09:00') },
    );
    await publishStep(running.producer, signed, LEAD);
    await eventually(
      () =>
        running.rpc
          .request(SupervisionRpc.workOrder, { workOrderId: signed.order.id, viewer: SUPERVISOR })
          .catch(() => null),
      (view) => view?.status === 'handling',
    );
    await publishCreatedAs(awaiting, 'XT20260930000007');
    const listed = await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrders, {
          viewer: SUPERVISOR,
          filters: { unitId: 'xt-yuhu', limit: 100 },
        }),
      (page) => page.items.some((item) => item.id === signed.order.id && item.number === 'XT20260930000007'),
    );
    expect(listed.items.find((item) => item.id === signed.order.id)).toMatchObject({
      status: 'handling',
      district: '雨湖区',
      due: '2026-10-15T00:00:00+08:00',
    });
  });

  it('keeps the newest state when an older snapshot arrives again (redelivery, reordering)', async () => {
    const order = await signedWorkOrder('XT20260930000006');
    await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: SUPERVISOR }).catch(() => null),
      (v) => v?.status === 'handling',
    );
    const stale = { ...order, status: 'dispatched' as const, version: order.version - 1 };
    await publishStep(
      running.producer,
      {
        order: stale,
        step: {
          workOrderId: order.id,
          version: stale.version,
          event: 'dispatch',
          from: 'awaiting-dispatch',
          to: 'dispatched',
          at: at('2026-09-30 10:00'),
          actor: { role: 'operator' },
          requirements: ['R15.3'],
          details: {},
        },
      },
      OPERATOR,
    );
    const timeline = await eventually(
      () => running.rpc.request(SupervisionRpc.timeline, { workOrderId: order.id, viewer: SUPERVISOR }),
      (t) => t.items.length === 4,
    );
    expect(timeline.items).toHaveLength(4);
    await expect(
      running.rpc.request(SupervisionRpc.workOrder, { workOrderId: order.id, viewer: SUPERVISOR }),
    ).resolves.toMatchObject({ status: 'handling', version: order.version });
  });

  it('runs a redelivered step once: one timeline entry, one Art. 26 finding, the listing unchanged', async () => {
    const signed = await signedWorkOrder('XT20260930000008');
    const requested = applyWorkOrderCommand(
      signed,
      { event: 'request-return', reason: '非本单位职责', basis: '三定方案' },
      { actor: { role: 'unit', id: LEAD.id, unitId: 'xt-yuhu' }, now: at('2026-10-08 10:00') },
    );
    await publishStep(running.producer, requested, LEAD);
    await eventually(
      () =>
        running.rpc.request(SupervisionRpc.workOrder, { workOrderId: signed.id, viewer: SUPERVISOR }).catch(() => null),
      (view) => view?.version === requested.order.version,
    );
    const refused = applyWorkOrderCommand(
      requested.order,
      { event: 'reject-return' },
      { actor: { role: 'reviewer', id: REVIEWER.id }, now: at('2026-10-08 15:00') },
    );
    const event: EventEnvelope<WorkOrderStepPayload> = {
      id: randomUUID(),
      type: stepEventOf(refused.step.event).type,
      schemaVersion: 1,
      occurredAt: refused.step.at.toISOString(),
      workOrderId: signed.id,
      actor: REVIEWER,
      payload: stepPayload(refused),
    };
    const project = running.supervision.get(ProjectWorkOrder);
    const db = running.supervision.get(DataSource);
    const listingRow = () => db.query(`SELECT * FROM supervision.work_order_listing WHERE id = $1`, [signed.id]);

    await project.step(event);
    const listed = await listingRow();
    // Redelivered at once (one batch) and later (its own transaction).
    await Promise.all([project.step(event), project.step(event)]);
    await project.step(event);

    const count = async (table: string) =>
      Number((await db.query(`SELECT count(*) AS n FROM supervision.${table} WHERE event_id = $1`, [event.id]))[0].n);
    expect(await count('timeline_entries')).toBe(1);
    expect(await count('accountability_findings')).toBe(1);
    expect(await listingRow()).toEqual(listed);
    expect(listed[0]).toMatchObject({ version: refused.order.version, status: 'handling' });
  });
});
