import { INestApplication, Module } from '@nestjs/common';
import { Actor, CallbacksRpc, WorkOrderStepEvents } from '@hotline/contracts';
import { MessagingModule, RpcClient } from '@hotline/messaging';
import { OutboxMessage, PersistenceModule, WorkOrderStates } from '@hotline/persistence';
import {
  createTestEnvironment,
  eventually,
  JourneyStep,
  publishClosedOnline,
  publishCreated,
  publishStep,
  TestEnvironment,
  workOrderJourney,
  startServiceInProcess,
} from '@hotline/testing';
import { DataSource } from 'typeorm';
import { applyWorkOrderCommand, createWorkOrder } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../src/app.module';
import { Appeal } from '../src/appeals/appeal.entity';
import { CloseUnsatisfiedSweep } from '../src/appeals/close-unsatisfied.sweep';

@Module({ imports: [PersistenceModule.forService({ service: 'producer' }), MessagingModule.forService('producer')] })
class ProducerModule {}

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };
const OTHER_UNIT: Actor = { kind: 'user', id: 'h-9', role: 'unit', unitId: 'xt-yuetang' };
const REPLY = {
  handledBy: '雨湖区城管执法局 王强',
  handledAt: new Date('2026-10-09T08:00:00Z'),
  process: '现场核查并清理',
  result: '已清理完毕',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved' as const,
};
const TO_COMPLETED: JourneyStep[] = [
  [{ event: 'dispatch', leadUnitId: 'xt-yuhu' }, OPERATOR, '2026-09-30 10:00'],
  [{ event: 'sign' }, LEAD, '2026-10-08 09:00'],
  [{ event: 'submit-reply', reply: REPLY }, LEAD, '2026-10-09 16:00'],
  [{ event: 'pass-reply' }, REVIEWER, '2026-10-10 10:00'],
];

describe('callbacks and appeals (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let callbacks: INestApplication;
  let producer: INestApplication;
  let rpc: RpcClient;
  let env: Record<string, string>;
  const start = (module: new () => unknown, service: string) => startServiceInProcess(module, service, env);

  beforeAll(async () => {
    environment = await createTestEnvironment('callbacks');
    env = { ...environment.env, HOTLINE_OUTBOX_POLL_MS: '200', HOTLINE_UNSATISFIED_SWEEP_MS: '0' };
    callbacks = await start(AppModule, 'callbacks');
    producer = await start(ProducerModule, 'producer');
    rpc = producer.get(RpcClient);
  });

  afterAll(async () => {
    await producer?.close();
    await callbacks?.close();
    await environment?.teardown();
  });

  /** A work order whose reply passed review, once callbacks has taken it on. */
  async function completedWorkOrder(): Promise<string> {
    const { transitions } = workOrderJourney(TO_COMPLETED);
    const passed = transitions[transitions.length - 1]!;
    await publishStep(producer, passed, REVIEWER);
    const states = callbacks.get(WorkOrderStates);
    await eventually(
      () => states.find(callbacks.get(DataSource).manager, passed.order.id),
      (order) => order?.status === 'completed',
    );
    return passed.order.id;
  }

  const record = (workOrderId: string, body: Record<string, unknown>, actor = REVIEWER) =>
    rpc.request(CallbacksRpc.recordCallback, { workOrderId, actor, body: body as never });
  const requestAppeal = (workOrderId: string, body: { reason: string; evidence: string }, actor = LEAD) =>
    rpc.request(CallbacksRpc.requestAppeal, { workOrderId, actor, body });
  const decideAppeal = (workOrderId: string, appealId: string, body: { approve: boolean; comment?: string }) =>
    rpc.request(CallbacksRpc.decideAppeal, { workOrderId, appealId, actor: REVIEWER, body });
  const outboxOf = (workOrderId: string) =>
    callbacks
      .get(DataSource)
      .getRepository(OutboxMessage)
      .find({ where: { workOrderId }, order: { createdAt: 'ASC' } });

  it('R20.1 a satisfied callback closes the work order and announces it with the snapshot', async () => {
    const id = await completedWorkOrder();
    const view = await record(id, { satisfaction: 'satisfied', contacted: true });
    expect(view).toMatchObject({ status: 'closed', callback: { satisfaction: 'satisfied', contacted: true } });
    const [event] = await outboxOf(id);
    expect(event).toMatchObject({ subject: WorkOrderStepEvents['record-callback'].subject });
    expect(event!.envelope.payload).toMatchObject({
      step: 'record-callback',
      from: 'completed',
      to: 'closed',
      state: { status: 'closed' },
    });
  });

  it('R20.2 unsatisfied for the unit’s own reasons sends it back for re-handling within 5 working days', async () => {
    const id = await completedWorkOrder();
    const view = await record(id, {
      satisfaction: 'unsatisfied',
      reason: '来电人说路灯仍不亮',
      contacted: false,
      cause: 'unit',
    });
    expect(view.status).toBe('rehandling');
    expect(view.deadlines.rehandling).toMatchObject({ workingDays: 5 });
    // re-handling is handling's to take: callbacks refuses an appeal on it (409, naming the owner)
    await expect(requestAppeal(id, { reason: '政策限制', evidence: '文件' })).rejects.toMatchObject({
      problem: { statusCode: 409, details: { writer: 'handling' } },
    });
  });

  it('R20.1 refuses an unsatisfied callback without its cause (422) and bad input (400), and writes nothing', async () => {
    const id = await completedWorkOrder();
    await expect(
      record(id, { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true }),
    ).rejects.toMatchObject({ problem: { statusCode: 422 } });
    await expect(record(id, { satisfaction: 'delighted', contacted: 'yes' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringMatching(/satisfaction.*contacted|contacted.*satisfaction/) },
    });
    expect(await outboxOf(id)).toEqual([]);
  });

  it('R20.3 the lead unit appeals a policy-caused result with evidence; approved, it is left out of the assessment', async () => {
    const id = await completedWorkOrder();
    await record(id, { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause: 'policy' });
    await expect(requestAppeal(id, { reason: '政策限制', evidence: '文件' }, OTHER_UNIT)).rejects.toMatchObject({
      problem: { statusCode: 403 },
    });
    const appeal = await requestAppeal(id, {
      reason: '涉及历史遗留问题，政策暂不支持',
      evidence: '湘潭市住建局〔2026〕12号文',
    });
    // versions: received 1, accepted 2, dispatched 3, signed 4, replied 5, passed 6, callback 7, appeal 8
    expect(appeal).toMatchObject({ id: `${id}:8`, workOrder: { status: 'appeal-requested' } });
    await expect(decideAppeal(id, `${id}:99`, { approve: true })).rejects.toMatchObject({
      problem: { statusCode: 404 },
    });
    const decided = await decideAppeal(id, appeal.id, { approve: true, comment: '情况属实' });
    expect(decided).toMatchObject({ status: 'closed', appeal: { decision: 'approved' } });
    const [row] = await callbacks
      .get(DataSource)
      .query(`SELECT state->>'excludedFromAssessment' AS excluded FROM callbacks.work_order_states WHERE id = $1`, [
        id,
      ]);
    expect(row.excluded).toBe('true');
  });

  it('R20.3 a rejected appeal closes the result, counted as unsatisfied, and the same result cannot be appealed again (409)', async () => {
    const id = await completedWorkOrder();
    await record(id, {
      satisfaction: 'unsatisfied',
      reason: '来电人说路灯仍不亮',
      contacted: true,
      cause: 'malicious',
    });
    const appeal = await requestAppeal(id, { reason: '恶意投诉', evidence: '通话录音' });
    await expect(decideAppeal(id, appeal.id, { approve: false })).resolves.toMatchObject({
      status: 'closed',
      excludedFromAssessment: false,
      appeal: { decision: 'rejected' },
    });
    await expect(requestAppeal(id, { reason: '再次申诉', evidence: '补充材料' })).rejects.toMatchObject({
      problem: { statusCode: 409 },
    });
  });

  it('R20.3 an appeal with blank evidence is refused (400 naming it: blank text is empty at the input boundary) and writes nothing', async () => {
    const id = await completedWorkOrder();
    await record(id, { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause: 'policy' });
    const before = (await outboxOf(id)).length;
    await expect(requestAppeal(id, { reason: '政策限制', evidence: '   ' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('body.evidence') },
    });
    expect(await outboxOf(id)).toHaveLength(before);
    expect(await callbacks.get(DataSource).getRepository(Appeal).countBy({ workOrderId: id })).toBe(0);
  });

  it('R20.1 a request closed online at intake joins the callback queue with its due date, and takes a callback', async () => {
    const operator = { role: 'operator' as const, id: 'op-1' };
    const at = new Date();
    const received = createWorkOrder(
      { id: randomUUID(), type: 'consultation', channel: 'phone' },
      { actor: operator, now: at },
    ).order;
    const closedOnline = applyWorkOrderCommand(
      received,
      { event: 'close-online', articleId: 'kb-bus' },
      { actor: operator, now: at },
    ).order;
    await publishCreated(producer, closedOnline, { number: 'XT-TEST-1' });
    await publishClosedOnline(producer, closedOnline);
    const queued = await eventually(
      () => rpc.request(CallbacksRpc.callbackQueue, { viewer: REVIEWER, filters: { status: 'due', limit: 200 } }),
      (page) => page.items.some((item) => item.workOrderId === closedOnline.id),
    );
    const item = queued.items.find((entry) => entry.workOrderId === closedOnline.id);
    expect(item).toMatchObject({
      status: 'closed-online',
      finishedAs: 'closed-online',
      finishedAt: at.toISOString(),
      callbackDue: { workingDays: 3 },
      overdue: false,
    });
    const completedId = await completedWorkOrder();
    const withCompleted = await rpc.request(CallbacksRpc.callbackQueue, {
      viewer: REVIEWER,
      filters: { status: 'due', limit: 200 },
    });
    expect(withCompleted.items.find((entry) => entry.workOrderId === completedId)).toMatchObject({
      finishedAs: 'handled',
      leadUnitId: 'xt-yuhu',
    });

    await expect(record(closedOnline.id, { satisfaction: 'satisfied', contacted: true })).resolves.toMatchObject({
      status: 'closed',
    });
    const after = await rpc.request(CallbacksRpc.callbackQueue, {
      viewer: REVIEWER,
      filters: { status: 'due', limit: 200 },
    });
    expect(after.items.map((entry) => entry.workOrderId)).not.toContain(closedOnline.id);
  });

  it('R20.3 an unsatisfied result nobody appealed is closed by the sweep once the window ended, counted as unsatisfied', async () => {
    const id = await completedWorkOrder();
    const recorded = await record(id, {
      satisfaction: 'unsatisfied',
      reason: '来电人说路灯仍不亮',
      contacted: true,
      cause: 'caller-false',
    });
    const window = (recorded.callback as { appealWindow: { due: string } }).appealWindow;
    const sweep = callbacks.get(CloseUnsatisfiedSweep);
    expect(await sweep.runOnce(new Date(new Date(window.due).getTime() - 1000))).not.toContain(id);
    expect(await sweep.runOnce(new Date(window.due))).toContain(id);
    const events = await outboxOf(id);
    expect(events[events.length - 1]!.envelope.payload).toMatchObject({
      step: 'close-unsatisfied',
      from: 'unsatisfied',
      to: 'closed',
      details: { countedAsUnsatisfied: true },
    });
  });

  it('of two callbacks recorded at once, exactly one is taken and the other gets 409', async () => {
    const id = await completedWorkOrder();
    const results = await Promise.allSettled([
      record(id, { satisfaction: 'satisfied', contacted: true }),
      record(id, { satisfaction: 'basically-satisfied', contacted: true }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { problem: { statusCode: 409 } },
    });
    expect(await outboxOf(id)).toHaveLength(1);
  });
});
