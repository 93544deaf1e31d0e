import { INestApplication } from '@nestjs/common';
import {
  Actor,
  IntakeQueryRpc,
  IntakeRpc,
  KnowledgeRpc,
  RecordRequestCommand,
  RecordRequestResult,
  WorkOrderStepEvents,
} from '@hotline/contracts';
import { applyWorkOrderCommand, seededCalendar, workOrderFromJson, workOrderToJson } from '@hotline/domain';
import { stepPayload } from '@hotline/persistence';
import { eventually, startServiceInProcess } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder, RpcClient } from '@hotline/messaging';
import { createTestEnvironment, TestEnvironment } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { startKnowledgeProcess } from './knowledge-process';

const OPERATOR: Actor = { kind: 'user', id: 'op-assist', role: 'operator' };
let phoneSequence = 0;
/** Each test its own caller, so repeats and misuse counts of one test never reach another. */
const newCaller = () => ({
  name: '张建华',
  phone: `1397320${String(++phoneSequence).padStart(4, '0')}`,
  idNumber: '43030219800101002X',
});

function request(overrides: Partial<RecordRequestCommand> = {}): RecordRequestCommand {
  return {
    channel: 'phone',
    caller: newCaller(),
    content: '小区门口路灯坏了',
    type: 'complaint',
    location: { district: '岳塘区' },
    ...overrides,
  };
}

describe('intake assist, private caller data and status queries (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let rpc: RpcClient;
  let db: DataSource;
  const record = (overrides: Partial<RecordRequestCommand> = {}, actor = OPERATOR): Promise<RecordRequestResult> =>
    rpc.request(IntakeRpc.recordRequest, { actor, request: request(overrides) });
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM intake.${table}`))[0].n as number;

  /**
   * Publishes a step event as the owning service does (its outbox relay), and waits until intake's consumer has
   * acknowledged it, which it does once the copy is committed.
   */
  const publishStep = async (workOrderId: string, payload: object) => {
    const nats = app.get(NatsConnectionHolder);
    const { namespace } = app.get<MessagingOptions>(MESSAGING_OPTIONS);
    const envelope = {
      id: randomUUID(),
      type: WorkOrderStepEvents.dispatch.type,
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      workOrderId,
      actor: { kind: 'user', id: 'op-d', role: 'operator' },
      payload,
    };
    const js = await nats.jetstream();
    const subject = WorkOrderStepEvents.dispatch.subject;
    const ack = await js.publish(namespace.subject(subject), JSON.stringify(envelope), { msgID: envelope.id });
    const jsm = await nats.manager();
    await eventually(
      () => jsm.consumers.info(ack.stream, namespace.durable(subject)),
      (info) => info.ack_floor.stream_seq >= ack.seq,
      15_000,
    );
  };

  /** The dispatch service's step: the domain applies it to the snapshot intake holds. */
  const dispatchStep = async (workOrderId: string, leadUnitId: string) => {
    const [{ state }] = await db.query('SELECT state FROM intake.work_order_states WHERE id = $1', [workOrderId]);
    const created = workOrderFromJson(state);
    const dispatched = applyWorkOrderCommand(
      created,
      { event: 'dispatch', leadUnitId },
      { actor: { role: 'operator', id: 'op-d' }, now: new Date(), calendar: seededCalendar() },
    );
    await publishStep(workOrderId, stepPayload(dispatched));
    return { created, dispatched };
  };

  beforeAll(async () => {
    environment = await createTestEnvironment('intake-assist');
    const env = {
      ...environment.env,
      HOTLINE_MISUSE_LIMIT: '3',
      HOTLINE_MISUSE_WINDOW_MINUTES: '60',
      HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS: '300',
    };
    app = await startServiceInProcess(AppModule, 'intake', env);
    rpc = app.get(RpcClient);
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await environment?.teardown();
  });

  it('R13.1/R14.2 stores each rejection reason 1–9 with the basis told to the caller', async () => {
    for (let code = 1; code <= 9; code += 1) {
      const basis = `不予受理依据第十三条第（${code}）项`;
      const result = await record({ decision: { outcome: 'reject', reasonCode: code, basis } });
      expect(result).toMatchObject({ outcome: 'reject', workOrder: { status: 'rejected' } });
      const [row] = await db.query(
        'SELECT w.rejection_reason_code, w.rejection_basis, s.status FROM intake.work_orders w JOIN intake.work_order_states s ON s.id = w.id WHERE w.id = $1',
        [result.workOrder!.id],
      );
      expect(row).toEqual({ rejection_reason_code: code, rejection_basis: basis, status: 'rejected' });
      const status = await rpc.request(IntakeQueryRpc.getRequest, { number: result.workOrder!.number });
      expect(status).toMatchObject({ status: 'rejected', open: false, rejection: { reasonCode: code, basis } });
      const [event] = await db.query(
        `SELECT envelope FROM intake.outbox WHERE type = 'workorder.rejected' AND work_order_id = $1`,
        [result.workOrder!.id],
      );
      expect(event.envelope.payload).toMatchObject({ reasonCode: code, basis });
    }
  });

  it('R13.2 flags a repeat of the same caller with similar content, also when the first is closed', async () => {
    const caller = newCaller();
    const first = await record({
      caller,
      content: '建设北路12号门前井盖缺失，晚上路过很危险',
      decision: { outcome: 'reject', reasonCode: 6, basis: '测试用已办结事项' },
    });
    const second = await record({
      caller,
      content: '建设北路12号门前的井盖缺失了，晚上很危险',
      location: { district: '雨湖区' },
    });
    expect(second.assist!.repeats).toMatchObject({ likely: true, suggestedReasonCode: 4 });
    expect(second.assist!.repeats.items).toEqual([
      expect.objectContaining({
        requestId: first.requestId,
        basis: ['same-caller'],
        open: false,
        number: first.workOrder!.number,
      }),
    ]);
    // The same answer on demand, for the operator's screen.
    const assist = await rpc.request(IntakeQueryRpc.assist, { requestId: second.requestId });
    expect(assist.repeats.items.map((item) => item.requestId)).toEqual([first.requestId]);
  });

  it('R13.2 flags the same place with similar content from another caller, and not other matters there', async () => {
    const place = { district: '雨湖区', street: '韶山中路', address: '韶山中路88号' };
    const first = await record({ location: place, content: '韶山中路88号夜间施工噪音扰民，凌晨还在施工' });
    await record({ location: place, content: '咨询办理居住证需要哪些材料' });
    const second = await record({ location: place, content: '韶山中路88号工地凌晨施工，噪音扰民严重' });
    expect(second.assist!.repeats.items).toEqual([
      expect.objectContaining({ requestId: first.requestId, basis: ['same-place'], open: true }),
    ]);
    const elsewhere = await record({
      location: { district: '岳塘区', street: '韶山中路' },
      content: '韶山中路88号夜间施工噪音扰民',
    });
    expect(elsewhere.assist!.repeats.items.map((item) => item.requestId)).not.toContain(first.requestId);
  });

  it.each([
    ['楼下饭店厨房着火了，冒出很多浓烟', '119'],
    ['路边有位老人晕倒了，头部流血', '120'],
    ['有人在小区门口持刀抢劫', '110'],
    ['湘潭大道发生车祸，两车追尾', '122'],
  ])('R13.2 hints that "%s" is an emergency for %s (R13.1 reason 5)', async (content, line) => {
    const result = await record({ content });
    expect(result.assist!.emergency).toMatchObject({
      likely: true,
      suggestedReasonCode: 5,
      hints: [expect.objectContaining({ transferTo: line })],
    });
  });

  it('R13.2 gives no emergency hint for an ordinary matter', async () => {
    expect((await record({ content: '咨询社保卡补办流程' })).assist!.emergency).toEqual({ likely: false, hints: [] });
  });

  it('R13.2 flags an address or coordinates outside the city (reason 8), and checks the street against the table', async () => {
    const address = await record({ location: { district: '雨湖区', address: '长沙市岳麓区麓山南路2号' } });
    expect(address.assist!.jurisdiction).toMatchObject({
      outsideCity: true,
      suggestedReasonCode: 8,
      findings: [expect.objectContaining({ source: 'address' })],
    });
    const coordinates = await record({ location: { lat: 27.83, lng: 113.3 } });
    expect(coordinates.assist!.jurisdiction).toMatchObject({
      outsideCity: true,
      findings: [expect.objectContaining({ source: 'coordinates' })],
    });
    const inside = await record({ location: { district: '湘潭县', street: '易俗河镇', lat: 27.78, lng: 112.95 } });
    expect(inside.assist!.jurisdiction).toMatchObject({
      outsideCity: false,
      district: { known: true, code: 'xiangtan-county' },
      street: { known: true, districtCode: 'xiangtan-county' },
    });
  });

  it('R13.1 R13.2 records a district outside the city, never a 400: rejected with reason 8, the assist saying why', async () => {
    const before = await count('requests');
    const outside = await record({ location: { district: '岳麓区' } });
    expect(outside).toMatchObject({
      outcome: 'reject',
      rejection: { reasonCode: 8 },
      assist: {
        jurisdiction: { outsideCity: true, suggestedReasonCode: 8, district: { given: '岳麓区', known: false } },
      },
    });
    expect(await count('requests')).toBe(before + 1);
  });

  it('R13.2 follows the jurisdiction table an administrator edits', async () => {
    const admin: Actor = { kind: 'user', id: 'admin-1', role: 'admin' };
    // Not in the table yet: recorded as given, the assist says the district is unknown.
    expect(await record({ location: { district: '湘潭综保区' } })).toMatchObject({
      outcome: 'dispatch',
      assist: { jurisdiction: { district: { given: '湘潭综保区', known: false } } },
    });
    await rpc.request(IntakeQueryRpc.saveJurisdiction, {
      actor: admin,
      jurisdiction: { code: 'bonded-zone', name: '湘潭综保区', kind: 'zone', aliases: ['综保区'] },
    });
    const viaAlias = await record({ location: { district: '综保区' } });
    expect(viaAlias).toMatchObject({
      outcome: 'dispatch',
      assist: { jurisdiction: { district: { known: true, name: '湘潭综保区' } } },
    });
    // Stored and announced under the official name, whatever alias the operator typed.
    const [{ payload }] = await db.query(
      `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE type = 'workorder.created' AND work_order_id = $1`,
      [viaAlias.workOrder!.id],
    );
    expect(payload.district).toBe('湘潭综保区');
    const { items } = await rpc.request(IntakeQueryRpc.listJurisdictions, { kinds: ['zone'] });
    expect(items.map((item) => item.name)).toEqual(
      expect.arrayContaining(['湘潭高新区', '湘潭经开区', '昭山示范区', '九华示范区', '湘潭综保区']),
    );
    await expect(
      rpc.request(IntakeQueryRpc.saveJurisdiction, {
        actor: OPERATOR,
        jurisdiction: { code: 'x-zone', name: '某区', kind: 'zone' },
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(
      rpc.request(IntakeQueryRpc.saveJurisdiction, {
        actor: admin,
        jurisdiction: { code: 'x-street', name: '某街道', kind: 'street' },
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 400, details: [expect.objectContaining({ field: 'parentCode' })] },
    });
  });

  it('R27.1 flags and records a caller who calls too often in the window', async () => {
    const caller = newCaller();
    const results: RecordRequestResult[] = [];
    for (const content of ['反映物业收费问题', '再次反映噪音', '第三次来电反映其他问题'])
      results.push(await record({ caller, content }));
    expect(results.map((result) => result.assist!.misuse)).toEqual([
      { checked: true, flagged: false, count: 1, limit: 3, windowMinutes: 60, flags: [] },
      { checked: true, flagged: false, count: 2, limit: 3, windowMinutes: 60, flags: [] },
      {
        checked: true,
        flagged: true,
        count: 3,
        limit: 3,
        windowMinutes: 60,
        flags: [{ kind: 'repeated-calls', count: 1, lastAt: expect.any(String) }],
      },
    ]);
    const flags = await db.query(
      'SELECT request_id, count, "limit", window_minutes FROM intake.caller_misuse_flags WHERE request_id = $1',
      [results[2].requestId],
    );
    expect(flags).toEqual([{ request_id: results[2].requestId, count: 3, limit: 3, window_minutes: 60 }]);
    expect((await record({ caller: { anonymous: true } })).assist!.misuse).toMatchObject({
      checked: false,
      flagged: false,
      flags: [],
    });
  });

  it('R15.1 still answers the assist when the knowledge service does not, saying so', async () => {
    const started = Date.now();
    const result = await record({ content: '咨询小学入学报名时间' });
    expect(result.assist!.knowledge).toEqual({ available: false });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('R15.1 answers the assist after a short wait when the knowledge service takes the question but never replies', async () => {
    const nc = await app.get(NatsConnectionHolder).connection();
    const subject = app.get<MessagingOptions>(MESSAGING_OPTIONS).namespace.subject(KnowledgeRpc.search.subject);
    const silent = nc.subscribe(subject, { queue: 'knowledge' });
    try {
      const started = Date.now();
      const result = await record({ content: '咨询小学入学报名时间' });
      expect(result.assist!.knowledge).toEqual({ available: false });
      // HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS is 300 in this run.
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      silent.unsubscribe();
    }
  });

  it('R14.3 gives centre staff the clear caller with a reason, and writes the audit row (who, when, why)', async () => {
    const caller = newCaller();
    const { requestId } = await record({ caller });
    const reviewer: Actor = { kind: 'user', id: 'rev-9', role: 'reviewer' };
    const clear = await rpc.request(IntakeQueryRpc.readCaller, {
      actor: reviewer,
      requestId,
      reason: 'callback',
      note: '回访需联系来电人',
    });
    expect(clear).toEqual({
      requestId,
      anonymous: false,
      view: 'clear',
      name: caller.name,
      phone: caller.phone,
      idNumber: caller.idNumber,
    });
    const audit = await db.query(
      'SELECT reader_id, reader_role, reason, note, read_at FROM intake.caller_reads WHERE request_id = $1',
      [requestId],
    );
    expect(audit).toEqual([
      {
        reader_id: 'rev-9',
        reader_role: 'reviewer',
        reason: 'callback',
        note: '回访需联系来电人',
        read_at: expect.any(Date),
      },
    ]);
  });

  it('R14.3 refuses a clear read without a reason (400) or by another role (403), auditing nothing', async () => {
    const { requestId } = await record();
    const before = await count('caller_reads');
    await expect(rpc.request(IntakeQueryRpc.readCaller, { actor: OPERATOR, requestId })).rejects.toMatchObject({
      problem: { statusCode: 400, details: [{ field: 'reason' }] },
    });
    await expect(
      rpc.request(IntakeQueryRpc.readCaller, {
        actor: { kind: 'user', id: 'adm', role: 'admin' },
        requestId,
        reason: 'contact-caller',
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    expect(await count('caller_reads')).toBe(before);
  });

  it('R14.3 shows the unit a work order is assigned to the masked caller without a reason, refuses it an anonymous one, and other units anything', async () => {
    const unit: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: 'unit-yuhu' };
    const named = await record({ caller: { name: '李建国', phone: '13973201234' } });
    await expect(
      rpc.request(IntakeQueryRpc.readCaller, { actor: unit, requestId: named.requestId }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await dispatchStep(named.workOrder!.id, 'unit-yuhu');
    await expect(
      rpc.request(IntakeQueryRpc.readCaller, {
        actor: { ...unit, unitId: 'unit-yuetang' },
        requestId: named.requestId,
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    expect(await rpc.request(IntakeQueryRpc.readCaller, { actor: unit, requestId: named.requestId })).toEqual({
      requestId: named.requestId,
      anonymous: false,
      view: 'masked',
      name: '李**',
      phone: '139****1234',
    });
    const anonymous = await record({ caller: { name: '王五', phone: '13973205678', anonymous: true } });
    await dispatchStep(anonymous.workOrder!.id, 'unit-yuhu');
    await expect(
      rpc.request(IntakeQueryRpc.readCaller, { actor: unit, requestId: anonymous.requestId }),
    ).rejects.toMatchObject({ problem: { statusCode: 403, message: expect.stringContaining('anonymous') } });
  });

  it('R14.1 follows the later steps of its work orders from their events, the highest version winning', async () => {
    const { workOrder } = await record({ channel: 'open311', type: 'help' });
    const { created, dispatched } = await dispatchStep(workOrder!.id, 'unit-yuhu');
    expect(await rpc.request(IntakeQueryRpc.getRequest, { number: workOrder!.number })).toMatchObject({
      status: 'dispatched',
      open: true,
    });
    // A late copy of an older snapshot changes nothing.
    await publishStep(workOrder!.id, {
      ...stepPayload(dispatched),
      version: created.version,
      state: workOrderToJson(created),
    });
    expect(await rpc.request(IntakeQueryRpc.getRequest, { number: workOrder!.number })).toMatchObject({
      status: 'dispatched',
      open: true,
    });
  });

  it('R2.1 lists and reads requests by number, type and open/closed for Open311 clients', async () => {
    const open = await record({ type: 'suggestion', channel: 'open311', content: '建议增加公交线路' });
    // The knowledge service runs for this test alone: the assist tests above need it absent.
    const knowledge = await startKnowledgeProcess(environment.env, rpc);
    const article = await knowledge.write('published');
    const closed = await record({
      type: 'suggestion',
      channel: 'open311',
      content: '咨询公交线路',
      decision: { outcome: 'close-online', articleId: article.id },
    }).finally(() => knowledge.stop());
    const { items } = await rpc.request(IntakeQueryRpc.listRequests, { types: ['suggestion'], channel: 'open311' });
    expect(items.map((item) => [item.number, item.open])).toEqual([
      [closed.workOrder!.number, false],
      [open.workOrder!.number, true],
    ]);
    const onlyOpen = await rpc.request(IntakeQueryRpc.listRequests, { types: ['suggestion'], open: true });
    expect(onlyOpen.items.map((item) => item.number)).toEqual([open.workOrder!.number]);
    expect(await rpc.request(IntakeQueryRpc.getRequest, { requestId: closed.requestId })).toMatchObject({
      status: 'closed-online',
      articleId: article.id,
    });
    await expect(rpc.request(IntakeQueryRpc.getRequest, { number: 'XT20000101000001' })).rejects.toMatchObject({
      problem: { statusCode: 404 },
    });
  });
});
