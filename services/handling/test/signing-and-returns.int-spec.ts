import { HandlingRpc, WorkOrderView } from '@hotline/contracts';
import { eventually } from '@hotline/testing';
import { DeemSignedSweep } from '../src/signing/deem-signed.sweep';
import { beijing, CO, dispatchTransition, HandlingHarness, LEAD, OTHER, REVIEWER, unitActor } from './handling-harness';

// Monday 2026-03-02 11:00 Beijing: the sign limit ends 03-03 24:00; a complaint signed on 03-02 is due 03-09 24:00.
const DISPATCHED_AT = beijing('2026-03-02 11:00');
const lead = unitActor(LEAD);

describe('handling: signing and returns (real Postgres and NATS)', () => {
  const h = new HandlingHarness();
  const sign = (workOrderId: string, actor = lead) => h.rpc.request(HandlingRpc.sign, { actor, workOrderId });

  beforeAll(() => h.start('handling-signing'));
  afterAll(() => h.stop());

  it('R16.1 the lead unit signs within the limit; the work order shows its due times', async () => {
    const order = await h.dispatched(DISPATCHED_AT, { co: [CO] });
    h.setNow(beijing('2026-03-02 15:00'));
    const view: WorkOrderView = await sign(order.id);
    expect(view).toMatchObject({
      id: order.id,
      status: 'handling',
      leadUnitId: LEAD,
      coUnitIds: [CO],
      signing: { deemed: false, late: false },
    });
    expect(view.deadlines.sign?.due).toBe('2026-03-04T00:00:00+08:00');
    expect(view.deadlines.returnWindow?.due).toBe('2026-03-05T00:00:00+08:00');
    expect(view.deadlines.handling).toMatchObject({
      due: '2026-03-10T00:00:00+08:00',
      lastDay: '2026-03-09',
      provisional: false,
    });
    expect(view.nextSteps).toEqual(expect.arrayContaining(['request-return', 'request-extension', 'submit-reply']));
  });

  it('R16.1 two concurrent signs on one work order: exactly one succeeds, the other is refused with 409', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 16:00'));
    const results = await Promise.allSettled([sign(order.id), sign(order.id)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toMatchObject({ problem: { statusCode: 409 } });
    expect((await h.outboxOf(order.id)).filter((row) => row.type === 'workorder.signed')).toHaveLength(1);
  });

  it('R16.2 a return asked inside the 2-working-day window waits for dispatch’s review (return-requested)', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 15:00'));
    const signed = await sign(order.id);
    h.setNow(beijing('2026-03-04 17:00'));
    const created = await h.rpc.request(HandlingRpc.requestReturn, {
      actor: lead,
      workOrderId: order.id,
      body: { reason: '路灯维护不属本区职责', basis: '《湘潭市城市照明管理办法》第五条' },
    });
    expect(created.id).toBe(`${order.id}:${signed.version + 1}`);
    expect(created.workOrder).toMatchObject({
      status: 'return-requested',
      version: signed.version + 1,
      returnRequest: { reason: '路灯维护不属本区职责' },
    });
    // dispatch owns the work order now: handling takes no step on it
    const reply = h.rpc.request(HandlingRpc.requestExtension, {
      actor: lead,
      workOrderId: order.id,
      body: { workingDays: 2, reason: '需协调' },
    });
    await expect(reply).rejects.toMatchObject({
      problem: { statusCode: 409, details: { status: 'return-requested', writer: 'dispatch' } },
    });
  });

  it('R16.3 follows dispatch’s refusal of the return: the unit goes on handling within the original limit', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 15:00'));
    const signed = await sign(order.id);
    h.setNow(beijing('2026-03-03 09:00'));
    await h.rpc.request(HandlingRpc.requestReturn, {
      actor: lead,
      workOrderId: order.id,
      body: { reason: '非本单位职责', basis: '三定方案' },
    });
    const rejected = await h.stepElsewhere(
      order.id,
      'reject-return',
      { event: 'reject-return', comment: '属地管理' },
      REVIEWER,
      { role: 'reviewer', id: 'rv-1' },
      beijing('2026-03-03 11:00'),
    );
    expect(rejected.status).toBe('handling');
    h.setNow(beijing('2026-03-03 14:00'));
    const extended = await h.rpc.request(HandlingRpc.requestExtension, {
      actor: lead,
      workOrderId: order.id,
      body: { workingDays: 2, reason: '需现场勘查' },
    });
    expect(extended.workOrder).toMatchObject({
      status: 'extension-requested',
      deadlines: { handling: { due: signed.deadlines.handling?.due } },
    });
  });

  it('R16.2 a return asked after the window is refused (422): the work order counts as signed', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 15:00'));
    const signed = await sign(order.id);
    h.setNow(beijing('2026-03-05 09:00'));
    const late = h.rpc.request(HandlingRpc.requestReturn, {
      actor: lead,
      workOrderId: order.id,
      body: { reason: '非本单位职责', basis: '三定方案' },
    });
    await expect(late).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R16.2'), details: { countsAsSigned: true } },
    });
    expect(await h.find(order.id)).toMatchObject({
      status: 'handling',
      version: signed.version,
      signing: { deemed: false },
    });
  });

  it('R16.1/R16.2 the sweep deems signed a work order whose sign limit has passed, and leaves one still in time', async () => {
    const overdue = await h.dispatched(DISPATCHED_AT);
    const inTime = await h.dispatched(beijing('2026-03-03 15:00'));
    const deemed = await h.app.get(DeemSignedSweep).runOnce(beijing('2026-03-04 09:00'));
    expect(deemed).toContain(overdue.id);
    expect(deemed).not.toContain(inTime.id);
    expect(await h.find(overdue.id)).toMatchObject({
      status: 'handling',
      signing: { deemed: true, late: true, signedAt: beijing('2026-03-04 00:00') },
    });
    expect(await h.find(inTime.id)).toMatchObject({ status: 'dispatched' });
    const [event] = (await h.outboxOf(overdue.id)).filter((row) => row.type === 'workorder.deemed-signed');
    expect(event.envelope.actor).toMatchObject({ kind: 'system' });
    expect(event.envelope.payload.requirements).toEqual(expect.arrayContaining(['R16.1', 'R16.2']));
  });

  it('R15.5 a unit acting on another unit’s work order is refused (403); a co unit cannot sign for the lead', async () => {
    const order = await h.dispatched(DISPATCHED_AT, { co: [CO] });
    h.setNow(beijing('2026-03-02 15:00'));
    await expect(sign(order.id, unitActor(OTHER))).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(sign(order.id, unitActor(CO))).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const peek = h.rpc.request(HandlingRpc.contributions, { actor: unitActor(OTHER), workOrderId: order.id });
    await expect(peek).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const tasks = await h.rpc.request(HandlingRpc.unitTasks, { actor: unitActor(OTHER) });
    expect(tasks.items.map((task) => task.workOrderId)).not.toContain(order.id);
    const coTasks = await h.rpc.request(HandlingRpc.unitTasks, { actor: unitActor(CO) });
    expect(coTasks.items.find((task) => task.workOrderId === order.id)).toMatchObject({
      role: 'co',
      status: 'dispatched',
    });
    expect(await h.find(order.id)).toMatchObject({ status: 'dispatched', version: order.version });
  });

  it('R21.1 the lead unit raises a difficult matter on a dispatched work order; it leaves the unit for the office', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 14:00'));
    const view = await h.rpc.request(HandlingRpc.raiseDifficulty, {
      actor: lead,
      workOrderId: order.id,
      difficulty: { kind: 'unclear-jurisdiction', note: '地块权属不明' },
    });
    expect(view).toMatchObject({
      status: 'coordinating',
      difficulty: { kind: 'unclear-jurisdiction', level: 'office' },
      coUnitIds: [],
    });
    expect(view.leadUnitId).toBeUndefined();
    await expect(sign(order.id)).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const tasks = await h.rpc.request(HandlingRpc.unitTasks, { actor: lead });
    expect(tasks.items.map((task) => task.workOrderId)).not.toContain(order.id);
    const unknownKind = h.rpc.request(HandlingRpc.raiseDifficulty, {
      actor: lead,
      workOrderId: order.id,
      difficulty: { kind: 'too-hard' as never },
    });
    await expect(unknownKind).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('kind') },
    });
  });

  it('R14.1 every step is in the outbox with the whole work order after it, and is published', async () => {
    const order = await h.dispatched(DISPATCHED_AT);
    h.setNow(beijing('2026-03-02 15:00'));
    await sign(order.id);
    h.setNow(beijing('2026-03-03 10:00'));
    await h.rpc.request(HandlingRpc.requestExtension, {
      actor: lead,
      workOrderId: order.id,
      body: { workingDays: 3, reason: '涉及多个部门' },
    });
    const rows = await eventually(
      () => h.outboxOf(order.id),
      (found) => found.length === 2 && found.every((row) => row.sentAt !== null),
    );
    expect(rows.map((row) => row.type)).toEqual(['workorder.signed', 'workorder.extension-requested']);
    for (const { envelope } of rows) {
      expect(envelope).toMatchObject({ workOrderId: order.id, actor: { kind: 'user', role: 'unit', unitId: LEAD } });
      expect(envelope.payload.state).toMatchObject({
        id: order.id,
        version: envelope.payload.version,
        status: envelope.payload.to,
      });
    }
    expect(rows[1].envelope.payload).toMatchObject({
      from: 'handling',
      to: 'extension-requested',
      details: { workingDays: 3 },
      requirements: ['R17.2'],
    });
  });

  it('R14.1 an older snapshot replayed or delivered late changes nothing (versions, inbox)', async () => {
    const assigned = dispatchTransition(DISPATCHED_AT);
    const order = await h.dispatched(DISPATCHED_AT, {}, assigned);
    h.setNow(beijing('2026-03-02 15:00'));
    const signed = await sign(order.id);
    await h.replay('dispatch', assigned);
    expect(await h.find(order.id)).toMatchObject({
      status: 'handling',
      version: signed.version,
      signing: { deemed: false },
    });
  });

  it('answers invalid input with 400 naming the field, and an unknown work order with 404', async () => {
    const bad = h.rpc.request(HandlingRpc.requestReturn, {
      actor: lead,
      workOrderId: 'not-a-uuid',
      body: { reason: '', basis: 'x' },
    });
    await expect(bad).rejects.toMatchObject({
      problem: {
        statusCode: 400,
        message: expect.stringMatching(/workOrderId[\s\S]*body\.reason|body\.reason[\s\S]*workOrderId/),
      },
    });
    await expect(sign('0195f0c2-0000-7000-8000-000000000000')).rejects.toMatchObject({ problem: { statusCode: 404 } });
  });
});
