import { INestApplication } from '@nestjs/common';
import {
  Actor,
  CallbackPendingRpc,
  IntakeRpc,
  RecordRequestCommand,
  WorkOrderCreated,
  WorkOrderStepEvents,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { createTestEnvironment, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { KnowledgeProcess, startKnowledgeProcess } from './knowledge-process';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const CALLER = { name: '李建国', phone: '13973201234', idNumber: '43030219790101123X' };

function request(overrides: Partial<RecordRequestCommand> = {}): RecordRequestCommand {
  return {
    channel: 'phone',
    caller: CALLER,
    content: '雨湖区某路段井盖缺失，存在安全隐患',
    type: 'report',
    location: { district: '雨湖区' },
    ...overrides,
  };
}

describe('intake records requests over NATS (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let rpc: RpcClient;
  let knowledge: KnowledgeProcess | undefined;
  let cited: { id: string; version: number };
  let retired: { id: string; version: number };
  const count = async (table: string) =>
    (await app.get(DataSource).query(`SELECT count(*)::int AS n FROM intake.${table}`))[0].n as number;

  beforeAll(async () => {
    environment = await createTestEnvironment('intake');
    app = await startServiceInProcess(AppModule, 'intake', environment.env);
    rpc = app.get(RpcClient);
    knowledge = await startKnowledgeProcess(environment.env, rpc);
    cited = await knowledge.write('published', 3);
    retired = await knowledge.write('retired', 2);
  });

  afterAll(async () => {
    await knowledge?.stop();
    await app?.close();
    await environment?.teardown();
  });

  it('R14.1 opens a work order awaiting dispatch with a readable number', async () => {
    const result = await rpc.request(IntakeRpc.recordRequest, { actor: OPERATOR, request: request() });
    expect(result).toMatchObject({ outcome: 'dispatch', workOrder: { status: 'awaiting-dispatch' } });
    expect(result.workOrder!.number).toMatch(/^XT\d{14}$/);
  });

  it('R14.1 gives 40 requests recorded at once 40 consecutive numbers, each its work order and its created event', async () => {
    const dataSource = app.get(DataSource);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        rpc.request(IntakeRpc.recordRequest, {
          actor: OPERATOR,
          request: request({ caller: { anonymous: true }, content: `同时受理 ${i}` }),
          assist: 'later',
        }),
      ),
    );
    const sequences = results.map((result) => Number(result.workOrder!.number.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => sequences[0]! + i));
    const ids = results.map((result) => result.workOrder!.id);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM intake.work_orders WHERE id = ANY($1))::int AS orders,
              (SELECT count(*) FROM intake.work_order_states WHERE id = ANY($1))::int AS copies,
              (SELECT count(*) FROM intake.outbox WHERE type = $2 AND work_order_id = ANY($1::text[]))::int AS events`,
      [ids, WorkOrderCreated.type],
    );
    expect(counts).toEqual({ orders: 40, copies: 40, events: 40 });
  });

  it("R27.1 counts a caller's requests recorded at the same moment: the one that reaches the limit is flagged", async () => {
    const caller = { name: '王五', phone: '13973209999' };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        rpc.request(IntakeRpc.recordRequest, {
          actor: OPERATOR,
          request: request({ caller, content: `反复来电 ${i}` }),
        }),
      ),
    );
    const counts = results.map((result) => result.assist!.misuse.count).sort((a, b) => a - b);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
    const flagged = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM intake.caller_misuse_flags WHERE request_id = ANY($1)', [
        results.map((result) => result.requestId),
      ]);
    expect(
      results
        .filter((result) => result.assist!.misuse.flagged)
        .map((result) => result.assist!.misuse.count)
        .sort(),
    ).toEqual([5, 6]);
    expect(flagged[0].n).toBe(2);
  });

  it('R13.1/R14.2 rejects with the reason code and basis, and refuses a rejection without them (422)', async () => {
    const rejected = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({
        decision: { outcome: 'reject', reasonCode: 8, basis: '来电反映事项发生在长沙市，不属于本市管辖' },
      }),
    });
    expect(rejected).toMatchObject({ outcome: 'reject', workOrder: { status: 'rejected' } });
    await expect(
      rpc.request(IntakeRpc.recordRequest, { actor: OPERATOR, request: request({ decision: { outcome: 'reject' } }) }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422 },
    });
  });

  it('R15.1 closes online citing a published article and recording its version, and refuses to without one (422)', async () => {
    const closed = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ type: 'consultation', decision: { outcome: 'close-online', articleId: cited.id } }),
    });
    expect(closed).toMatchObject({ outcome: 'close-online', workOrder: { status: 'closed-online' } });
    const [row] = await app
      .get(DataSource)
      .query('SELECT article_id, article_version FROM intake.work_orders WHERE id = $1', [closed.workOrder!.id]);
    expect(row).toEqual({ article_id: cited.id, article_version: 3 });
    const [event] = await app
      .get(DataSource)
      .query(`SELECT envelope FROM intake.outbox WHERE type = 'workorder.closed-online' AND work_order_id = $1`, [
        closed.workOrder!.id,
      ]);
    expect(event.envelope.payload).toMatchObject({ articleId: cited.id, articleVersion: 3 });
    await expect(
      rpc.request(IntakeRpc.recordRequest, {
        actor: OPERATOR,
        request: request({ decision: { outcome: 'close-online' } }),
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422 },
    });
  });

  it('R15.1 refuses an article the knowledge base does not hold, or no longer publishes (422), and writes nothing', async () => {
    const before = await count('requests');
    for (const [articleId, problem] of [
      ['kb-nowhere', /decision\.articleId: no knowledge article 'kb-nowhere'/],
      [retired.id, /is retired/],
    ] as const) {
      const attempt = rpc.request(IntakeRpc.recordRequest, {
        actor: OPERATOR,
        request: request({ decision: { outcome: 'close-online', articleId } }),
      });
      await expect(attempt).rejects.toMatchObject({
        problem: { statusCode: 422, message: expect.stringMatching(problem) },
      });
    }
    expect(await count('requests')).toBe(before);
  });

  it('R15.2 puts a call-back request on a 1-working-day deadline ending at 24:00 Beijing time, with the consent recorded', async () => {
    const result = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ decision: { outcome: 'callback' }, callerConsent: true }),
    });
    expect(result).toMatchObject({ outcome: 'callback', workOrder: { status: 'callback-pending' } });
    const callback = result.workOrder!.deadlines!.callback!;
    expect(callback.due).toMatch(/T00:00:00(\.000)?\+08:00$/);
    expect(new Date(callback.due).getTime()).toBeGreaterThan(Date.now());
    const [row] = await app
      .get(DataSource)
      .query('SELECT caller_consent FROM intake.requests WHERE id = $1', [result.requestId]);
    expect(row.caller_consent).toBe(true);
  });

  it("R15.2 refuses a call back without the caller's consent (422) and writes nothing", async () => {
    const before = await count('requests');
    for (const callerConsent of [undefined, false]) {
      const attempt = rpc.request(IntakeRpc.recordRequest, {
        actor: OPERATOR,
        request: request({
          decision: { outcome: 'callback' },
          ...(callerConsent === undefined ? {} : { callerConsent }),
        }),
      });
      await expect(attempt).rejects.toMatchObject({
        problem: { statusCode: 422, message: expect.stringContaining('R15.2') },
      });
    }
    expect(await count('requests')).toBe(before);
  });

  it('R13.1 R14.2 records a request from a district outside the city and, without a decision, rejects it with reason 8 and its basis', async () => {
    const result = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ location: { district: '岳麓区', address: '长沙市岳麓区麓山南路' } }),
    });
    expect(result).toMatchObject({
      outcome: 'reject',
      workOrder: { status: 'rejected' },
      rejection: { reasonCode: 8, decidedBy: 'jurisdiction', basis: expect.stringContaining('岳麓区') },
    });
    const [row] = await app
      .get(DataSource)
      .query(
        'SELECT r.location, w.rejection_reason_code, w.rejection_basis FROM intake.requests r JOIN intake.work_orders w ON w.request_id = r.id WHERE r.id = $1',
        [result.requestId],
      );
    expect(row).toEqual({
      location: { district: '岳麓区', address: '长沙市岳麓区麓山南路' },
      rejection_reason_code: 8,
      rejection_basis: result.rejection!.basis,
    });
    // The operator's own decision stands; an unknown district is recorded as given.
    const decided = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ location: { district: '岳麓区' }, decision: { outcome: 'dispatch' } }),
    });
    expect(decided).toMatchObject({ outcome: 'dispatch', workOrder: { status: 'awaiting-dispatch' } });
    const unknown = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ location: { district: '某某区' } }),
    });
    expect(unknown).toMatchObject({
      outcome: 'dispatch',
      assist: { jurisdiction: { district: { given: '某某区', known: false } } },
    });
  });

  it('R15.2 answers a callback-pending order online, citing an article, or sends it on; each step with its event', async () => {
    const db = app.get(DataSource);
    const pending = async () =>
      (
        await rpc.request(IntakeRpc.recordRequest, {
          actor: OPERATOR,
          request: request({ decision: { outcome: 'callback' }, callerConsent: true }),
          assist: 'later',
        })
      ).workOrder!;
    const answered = await pending();
    const view = await rpc.request(CallbackPendingRpc.answerOnline, {
      actor: OPERATOR,
      workOrderId: answered.id,
      body: { answer: '已回拨答复', articleId: cited.id },
    });
    expect(view).toMatchObject({
      number: answered.number,
      status: 'closed-online',
      onlineClosure: { answer: '已回拨答复', articleId: cited.id, articleVersion: 3, via: 'callback' },
    });
    await expect(
      rpc.request(CallbackPendingRpc.answerOnline, {
        actor: OPERATOR,
        workOrderId: answered.id,
        body: { answer: '再答复' },
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 409 } });

    const sentOn = await pending();
    expect(
      await rpc.request(CallbackPendingRpc.releaseForDispatch, { actor: OPERATOR, workOrderId: sentOn.id }),
    ).toEqual({ workOrderId: sentOn.id, status: 'awaiting-dispatch' });
    // Asked again (a retried dispatch), nothing more happens.
    expect(
      await rpc.request(CallbackPendingRpc.releaseForDispatch, { actor: OPERATOR, workOrderId: sentOn.id }),
    ).toEqual({ workOrderId: sentOn.id, status: 'awaiting-dispatch' });

    const rows = await db.query(
      'SELECT w.id, s.status, w.article_version FROM intake.work_orders w JOIN intake.work_order_states s ON s.id = w.id WHERE w.id = ANY($1) ORDER BY s.status',
      [[answered.id, sentOn.id]],
    );
    expect(rows).toEqual([
      { id: sentOn.id, status: 'awaiting-dispatch', article_version: null },
      { id: answered.id, status: 'closed-online', article_version: 3 },
    ]);
    const events = await db.query(
      'SELECT type, work_order_id FROM intake.outbox WHERE type = ANY($1) AND work_order_id = ANY($2) ORDER BY type',
      [
        [WorkOrderStepEvents['answer-callback'].type, WorkOrderStepEvents['accept-for-dispatch'].type],
        [answered.id, sentOn.id],
      ],
    );
    expect(events).toEqual([
      { type: WorkOrderStepEvents['accept-for-dispatch'].type, work_order_id: sentOn.id },
      { type: WorkOrderStepEvents['answer-callback'].type, work_order_id: answered.id },
    ]);
  });

  it('R15.1 refuses an online answer citing an unknown article (422) and leaves the order waiting', async () => {
    const { workOrder } = await rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: request({ decision: { outcome: 'callback' }, callerConsent: true }),
      assist: 'later',
    });
    await expect(
      rpc.request(CallbackPendingRpc.answerOnline, {
        actor: OPERATOR,
        workOrderId: workOrder!.id,
        body: { answer: '答复', articleId: 'kb-nowhere' },
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining("articleId: no knowledge article 'kb-nowhere'") },
    });
    const [row] = await app
      .get(DataSource)
      .query('SELECT status FROM intake.work_order_states WHERE id = $1', [workOrder!.id]);
    expect(row.status).toBe('callback-pending');
  });

  it('answers invalid input with 400 naming the field, and writes nothing', async () => {
    const before = await app.get(DataSource).query('SELECT count(*)::int AS n FROM intake.requests');
    const invalid = { actor: OPERATOR, request: { ...request(), caller: { phone: '12' }, type: 'gossip' } } as never;
    await expect(rpc.request(IntakeRpc.recordRequest, invalid)).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringMatching(/caller\.phone.*type|type.*caller\.phone/) },
    });
    const after = await app.get(DataSource).query('SELECT count(*)::int AS n FROM intake.requests');
    expect(after[0].n).toBe(before[0].n);
  });

  it('R14.3 keeps no caller name, phone or id number in clear anywhere in the intake schema, the outbox included', async () => {
    const rows: Array<{ row: string }> = await app.get(DataSource).query(`
      SELECT t::text AS row FROM intake.requests t
      UNION ALL SELECT t::text FROM intake.work_orders t
      UNION ALL SELECT t::text FROM intake.outbox t`);
    expect(rows.length).toBeGreaterThan(0);
    const everything = rows.map((r) => r.row).join('\n');
    for (const secret of Object.values(CALLER)) expect(everything).not.toContain(secret);
  });
});
