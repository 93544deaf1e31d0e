import { randomBytes } from 'node:crypto';
import { resolveAuthConfig, signToken } from '@hotline/auth';
import {
  ALL_BACKENDS,
  createTestEnvironment,
  eventually,
  freePort,
  OtlpReceiver,
  RunningService,
  startBuiltService,
  stopService,
  TestEnvironment,
} from '@hotline/testing';
import { RequestAssist } from '@hotline/contracts';
import { Client } from 'pg';

/** Every caller of this run: after the run, none of these may be found in clear in any table, log or event. */
const CALLERS = {
  dispatch: { name: '欧阳晓岚', phone: '13907325501', idNumber: '430302198805061234' },
  repeat: { name: '司马文轩', phone: '13907325502', idNumber: '43030219900202201X' },
  open311: { first: '明远', last: '诸葛', phone: '13907325503' },
  anonymous: { name: '上官婉清', phone: '13907325504' },
  rejected: { name: '东方既白', phone: '13907325505', idNumber: '430321197707073456' },
};
const SECRETS = [
  ...Object.values(CALLERS)
    .flatMap((caller) => Object.values(caller))
    .filter((value) => value.length > 2),
  '诸葛明远',
];
const OPEN311_KEY = `open311-${randomBytes(8).toString('hex')}`;

type Json = Record<string, unknown> & { assist?: RequestAssist };

describe('intake over HTTP: outcomes, assist, private caller data, Open311 (built services, real NATS and Postgres)', () => {
  let environment: TestEnvironment;
  const services: RunningService[] = [];
  const receiver = new OtlpReceiver();
  let gatewayUrl: string;
  let db: Client;
  const auth = resolveAuthConfig({}, () => undefined);
  const token = (role: string, sub = `${role}-e2e`, unitId?: string) =>
    `Bearer ${signToken({ sub, roles: [role as never], ...(unitId ? { unitId } : {}) }, auth, '30m')}`;
  const OPERATOR = token('operator', 'op-e2e');

  const post = async (
    path: string,
    body: unknown,
    authorization: string | null = OPERATOR,
    contentType = 'application/json',
  ) => {
    const response = await fetch(`${gatewayUrl}${path}`, {
      method: 'POST',
      headers: { ...(authorization ? { authorization } : {}), 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text, json: parse(text) };
  };
  const get = async (path: string, authorization: string | null = OPERATOR) => {
    const response = await fetch(`${gatewayUrl}${path}`, { headers: authorization ? { authorization } : {} });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text, json: parse(text) };
  };
  const record = (body: Record<string, unknown>) =>
    post('/api/v1/requests', { channel: 'phone', type: 'complaint', ...body });
  const rowCounts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM intake.requests)::int AS requests, (SELECT count(*) FROM intake.outbox)::int AS outbox, (SELECT count(*) FROM intake.caller_reads)::int AS reads`,
      )
    ).rows[0];

  beforeAll(async () => {
    environment = await createTestEnvironment('intake-e2e');
    const collector = await receiver.start();
    const common = {
      ...environment.env,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      HOTLINE_OUTBOX_POLL_MS: '250',
      LOG_LEVEL: 'log',
      HOTLINE_CALLER_KEYS: `e2e1:${randomBytes(32).toString('base64')}`,
      HOTLINE_CALLER_HASH_KEY: randomBytes(32).toString('base64'),
      HOTLINE_OPEN311_API_KEYS: `e2e-app:${OPEN311_KEY}`,
    };
    for (const name of ALL_BACKENDS)
      services.push(startBuiltService(name, { ...common, HEALTH_PORT: String(await freePort()) }));
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}`;
    services.push(startBuiltService('gateway', { ...common, PORT: String(port) }));
    await eventually(
      () =>
        fetch(`${gatewayUrl}/readyz`).then(
          (response) => response.status,
          () => 0,
        ),
      (status) => status === 200,
      90_000,
      250,
    ).catch((error: Error) => {
      const exited = services.filter((service) => service.process.exitCode !== null);
      throw new Error(
        `${error.message}\n${exited.map((service) => `${service.name} exited:\n${service.output().slice(-2000)}`).join('\n')}`,
      );
    });
    db = new Client({ connectionString: environment.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all(services.map((service) => stopService(service, 'SIGKILL', 1_000)));
    await receiver.stop();
    await environment?.teardown();
  });

  it('R12–R15 answers each of the four outcomes with the work order and the assist', async () => {
    const base = {
      caller: CALLERS.dispatch,
      content: '雨湖区城正街路灯坏了一周，晚上看不见路',
      location: { district: '雨湖区', street: '城正街街道' },
    };
    const dispatched = await record(base);
    expect(dispatched.status).toBe(201);
    expect(dispatched.json).toMatchObject({
      outcome: 'dispatch',
      workOrder: { status: 'awaiting-dispatch' },
      assist: { emergency: { likely: false }, jurisdiction: { outsideCity: false } },
    });
    const rejected = await record({
      caller: CALLERS.rejected,
      content: '反映长沙市岳麓区某小区停车难',
      location: { district: '岳塘区', address: '长沙市岳麓区某小区' },
      decision: { outcome: 'reject', reasonCode: 8, basis: '所反映问题发生在长沙市，非我市管辖' },
    });
    expect(rejected.json).toMatchObject({
      outcome: 'reject',
      workOrder: { status: 'rejected' },
      assist: { jurisdiction: { outsideCity: true, suggestedReasonCode: 8 } },
    });
    const closed = await record({
      caller: { anonymous: true },
      type: 'consultation',
      content: '咨询小学入学报名需要哪些材料',
      decision: { outcome: 'close-online', articleId: 'kb-edu-enrolment-materials' },
    });
    expect(closed.json).toMatchObject({ outcome: 'close-online', workOrder: { status: 'closed-online' } });
    // R15.1 the knowledge service answered the assist with articles the operator may cite.
    expect(closed.json.assist!.knowledge).toMatchObject({ available: true, items: expect.any(Array) });
    const callback = await record({
      caller: { anonymous: true },
      type: 'consultation',
      content: '咨询公积金贷款额度怎么计算',
      decision: { outcome: 'callback' },
      callerConsent: true,
    });
    expect(callback.json).toMatchObject({
      outcome: 'callback',
      workOrder: { status: 'callback-pending', deadlines: { callback: { due: expect.stringMatching(/\+08:00$/) } } },
    });
    for (const answer of [dispatched, rejected, closed, callback])
      expect(answer.json.assist).toEqual(
        expect.objectContaining({
          repeats: expect.any(Object),
          knowledge: expect.objectContaining({ available: expect.any(Boolean) }),
          misuse: expect.any(Object),
        }),
      );
  });

  it('R13.2 tells the operator of a likely repeat and of an emergency, in the answer and on demand', async () => {
    const first = await record({
      caller: CALLERS.repeat,
      content: '岳塘区建设路12号门前井盖缺失，晚上路过很危险',
      location: { district: '岳塘区', street: '建设路街道' },
    });
    const second = await record({
      caller: CALLERS.repeat,
      content: '建设路12号门前的井盖缺失了，晚上很危险',
      location: { district: '岳塘区', street: '建设路街道' },
    });
    expect(second.json.assist!.repeats).toMatchObject({ likely: true, suggestedReasonCode: 4 });
    expect(second.json.assist!.repeats.items[0]).toMatchObject({
      requestId: first.json.requestId,
      basis: expect.arrayContaining(['same-caller', 'same-place']),
      open: true,
    });

    const fire = await record({
      caller: { anonymous: true },
      content: '楼下饭店厨房着火了，冒出很多浓烟',
      location: { district: '雨湖区' },
    });
    expect(fire.json.assist!.emergency).toMatchObject({
      likely: true,
      suggestedReasonCode: 5,
      hints: [{ transferTo: '119', destination: { destination: '市应急局' } }],
    });

    const onDemand = await get(`/api/v1/requests/${second.json.requestId}/assist`);
    expect(onDemand.status).toBe(200);
    expect(onDemand.json.repeats).toMatchObject({
      likely: true,
      items: [expect.objectContaining({ requestId: first.json.requestId })],
    });
    expect(
      (await get(`/api/v1/requests/${second.json.requestId}/assist`, token('unit', 'u-1', 'unit-yuhu'))).status,
    ).toBe(403);
    expect((await get(`/api/v1/requests/${second.json.requestId}/assist`, null)).status).toBe(401);
    expect((await get(`/api/v1/requests/not-a-uuid/assist`)).status).toBe(400);
  });

  it('records without the assist when asked to (`?assist=later`), and leaves it to GET …/assist; a wrong value gets 400 and records nothing', async () => {
    const body = {
      channel: 'web',
      type: 'complaint',
      caller: { anonymous: true },
      content: '楼下饭店厨房着火了，冒出很多浓烟',
      location: { district: '雨湖区' },
    };
    const later = await post('/api/v1/requests?assist=later', body);
    expect(later.status).toBe(201);
    expect(later.json).toMatchObject({
      outcome: 'dispatch',
      workOrder: { status: 'awaiting-dispatch', number: expect.stringMatching(/^XT\d{14}$/) },
    });
    expect(later.json).not.toHaveProperty('assist');
    const assist = await get(`/api/v1/requests/${String(later.json.requestId)}/assist`);
    expect(assist.json.emergency).toMatchObject({
      likely: true,
      hints: [expect.objectContaining({ transferTo: '119' })],
    });

    const before = await rowCounts();
    const wrong = await post('/api/v1/requests?assist=sometimes', body);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('assist');
    expect(await rowCounts()).toEqual(before);
  });

  it('R14.3 reads a caller in clear for staff with a reason (audited), and shows units nothing of a work order not assigned to them', async () => {
    const named = await record({
      caller: CALLERS.dispatch,
      content: '反映小区垃圾清运不及时',
      location: { district: '雨湖区' },
    });
    const anonymous = await record({
      caller: { ...CALLERS.anonymous, anonymous: true },
      content: '反映小区噪音扰民',
      location: { district: '雨湖区' },
    });
    const before = await rowCounts();
    expect((await get(`/api/v1/requests/${named.json.requestId}/caller`)).json).toMatchObject({
      statusCode: 400,
      details: [{ field: 'reason' }],
    });
    const clear = await get(
      `/api/v1/requests/${named.json.requestId}/caller?reason=callback&note=${encodeURIComponent('回访联系来电人')}`,
      token('reviewer', 'rev-e2e'),
    );
    expect(clear.json).toEqual({
      requestId: named.json.requestId,
      anonymous: false,
      view: 'clear',
      ...CALLERS.dispatch,
    });
    const audit = await db.query(
      'SELECT reader_id, reader_role, reason, note FROM intake.caller_reads WHERE request_id = $1',
      [named.json.requestId],
    );
    expect(audit.rows).toEqual([
      { reader_id: 'rev-e2e', reader_role: 'reviewer', reason: 'callback', note: '回访联系来电人' },
    ]);
    expect((await rowCounts()).reads).toBe(before.reads + 1);

    // Not yet dispatched: no unit may see the caller, not even masked (the masked and anonymous views of an
    // assigned unit are proven in services/intake/test/request-assist.int-spec.ts, where a dispatch step is published).
    const unit = token('unit', 'u-9', 'unit-yuhu');
    for (const requestId of [named.json.requestId, anonymous.json.requestId]) {
      const refused = await get(`/api/v1/requests/${requestId}/caller`, unit);
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain('139');
    }
    expect(
      (await get(`/api/v1/requests/${named.json.requestId}/caller?reason=contact-caller`, token('partner'))).status,
    ).toBe(403);
    expect((await get(`/api/v1/requests/${randomUUIDLike()}/caller?reason=contact-caller`)).status).toBe(404);
  });

  it('R14.3 R18.1 gives the assigned unit a named caller in clear on the work-order path and the old one, and an operator any caller, all audited', async () => {
    const units = (await get('/api/v1/units', token('admin', 'admin-e2e'))).json.items as Array<{
      id: string;
      name: string;
    }>;
    const yuhu = units.find((candidate) => candidate.name.startsWith('雨湖区'))!;
    const unit = token('unit', 'u-yuhu-e2e', yuhu.id);
    const named = await record({
      caller: CALLERS.dispatch,
      content: '反映楼道灯不亮',
      location: { district: '雨湖区' },
    });
    const anonymous = await record({
      caller: { ...CALLERS.anonymous, anonymous: true },
      content: '反映夜间施工扰民',
      location: { district: '雨湖区' },
    });
    for (const answer of [named, anonymous]) {
      const workOrderId = (answer.json.workOrder as { id: string }).id;
      await eventually(
        () => post(`/api/v1/work-orders/${workOrderId}/dispatch`, { leadUnitId: yuhu.id }),
        (a) => a.status === 200,
        20_000,
        100,
      );
    }
    const namedOrder = (named.json.workOrder as { id: string }).id;
    const anonymousOrder = (anonymous.json.workOrder as { id: string }).id;
    const before = await rowCounts();
    const byUnit = await eventually(
      () => get(`/api/v1/work-orders/${namedOrder}/caller?reason=contact-caller`, unit),
      (a) => a.status === 200,
      20_000,
    );
    expect(byUnit.json).toMatchObject({ view: 'clear', name: CALLERS.dispatch.name, phone: CALLERS.dispatch.phone });
    expect((await get(`/api/v1/requests/${named.json.requestId}/caller?reason=contact-caller`, unit)).json).toEqual(
      byUnit.json,
    );
    expect((await get(`/api/v1/work-orders/${anonymousOrder}/caller?reason=contact-caller`, unit)).status).toBe(403);
    expect(
      (
        await get(
          `/api/v1/work-orders/${anonymousOrder}/caller?reason=contact-caller&note=${encodeURIComponent('转达联系')}`,
        )
      ).json,
    ).toMatchObject({ anonymous: true, view: 'clear', ...CALLERS.anonymous });
    expect((await rowCounts()).reads).toBe(before.reads + 3);
  });

  it('R2.1 takes an Open311 request and reads it back, in JSON and in XML', async () => {
    const discovery = await get('/open311/v2/discovery.json', null);
    expect(discovery.json).toMatchObject({
      endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['application/json', 'text/xml'] }],
    });
    expect((await get('/open311/v2/discovery.xml', null)).text).toContain('<discovery><changeset>');
    const services = await get('/open311/v2/services.json', null);
    expect(
      (services.json as unknown as Array<{ service_code: string }>).map((service) => service.service_code),
    ).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion']);
    expect((await get('/open311/v2/services.xml', null)).text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>consultation<\/service_code>/,
    );
    const definition = await get('/open311/v2/services/complaint.json', null);
    expect(definition.json).toMatchObject({
      service_code: 'complaint',
      attributes: expect.arrayContaining([
        expect.objectContaining({
          code: 'district',
          values: expect.arrayContaining([{ key: '湘潭县', name: '湘潭县' }]),
        }),
      ]),
    });
    expect((await get('/open311/v2/services/complaint.xml', null)).text).toContain(
      '<service_definition><service_code>complaint</service_code><attributes><attribute>',
    );
    expect((await get('/open311/v2/services/gossip.json', null)).status).toBe(404);

    const form = new URLSearchParams({
      api_key: OPEN311_KEY,
      service_code: 'complaint',
      description: '韶山市清溪镇某路段路面塌陷',
      lat: '27.93',
      long: '112.52',
      first_name: CALLERS.open311.first,
      last_name: CALLERS.open311.last,
      phone: CALLERS.open311.phone,
      'attribute[district]': '韶山市',
    });
    const created = await post('/open311/v2/requests.json', form.toString(), null, 'application/x-www-form-urlencoded');
    expect(created.status).toBe(201);
    const [answer] = created.json as unknown as Array<{ service_request_id: string; service_notice: string }>;
    expect(answer.service_request_id).toMatch(/^XT\d{14}$/);
    expect(answer.service_notice).toContain(answer.service_request_id);

    const read = await get(`/open311/v2/requests/${answer.service_request_id}.json`, null);
    expect(read.json).toEqual([
      expect.objectContaining({
        service_request_id: answer.service_request_id,
        status: 'open',
        status_notes: '待转办',
        service_code: 'complaint',
        description: '韶山市清溪镇某路段路面塌陷',
        lat: 27.93,
        long: 112.52,
      }),
    ]);
    const xml = await get(`/open311/v2/requests/${answer.service_request_id}.xml`, null);
    expect(xml.type).toContain('text/xml');
    expect(xml.text).toContain(
      `<service_requests><request><service_request_id>${answer.service_request_id}</service_request_id><status>open</status>`,
    );

    const viaXml = await post(
      '/open311/v2/requests.xml',
      {
        api_key: OPEN311_KEY,
        service_code: 'suggestion',
        description: '建议增加九华片区公交班次',
        attribute: { district: '九华示范区' },
      },
      null,
    );
    expect(viaXml.status).toBe(201);
    const number = /<service_request_id>(XT\d{14})<\/service_request_id>/.exec(viaXml.text)?.[1];
    expect(number).toBeDefined();
    const list = await get(
      `/open311/v2/requests.json?service_request_id=${answer.service_request_id},${number}&status=open`,
      null,
    );
    expect(
      (list.json as unknown as Array<{ service_request_id: string }>).map((item) => item.service_request_id).sort(),
    ).toEqual([answer.service_request_id, number].sort());
    expect((await get('/open311/v2/requests.json?service_code=suggestion', null)).json).toEqual([
      expect.objectContaining({ service_request_id: number }),
    ]);
    expect((await get('/open311/v2/requests/XT20000101000001.json', null)).status).toBe(404);
  });

  it('R2.1 refuses an Open311 request without a valid api_key or with bad fields, naming them, writing nothing', async () => {
    const before = await rowCounts();
    const body = { api_key: OPEN311_KEY, service_code: 'complaint', description: '路灯坏了' };
    const missingKey = await post('/open311/v2/requests.json', { ...body, api_key: undefined }, null);
    expect(missingKey.status).toBe(400);
    expect(missingKey.json).toEqual([{ code: 400, description: expect.stringContaining('api_key') }]);
    expect((await post('/open311/v2/requests.json', { ...body, api_key: 'wrong' }, null)).status).toBe(403);
    const xmlError = await post('/open311/v2/requests.xml', { ...body, api_key: 'wrong' }, null);
    expect(xmlError.text).toContain('<errors><error><code>403</code>');
    expect((await post('/open311/v2/requests.json', { ...body, service_code: 'gossip' }, null)).json).toEqual([
      { code: 400, description: expect.stringContaining('service_code') },
    ]);
    expect((await get('/open311/v2/requests.json?start_date=yesterday', null)).json).toEqual([
      { code: 400, description: expect.stringContaining('start_date') },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('R13.2/R14.3 lets an administrator keep the jurisdiction table and re-encrypt caller data', async () => {
    const admin = token('admin', 'admin-e2e');
    const { json } = await get('/api/v1/admin/jurisdictions?kinds=district,county,city,zone', admin);
    expect((json.items as Array<{ name: string }>).map((item) => item.name).sort()).toEqual(
      ['九华示范区', '岳塘区', '昭山示范区', '湘乡市', '湘潭县', '湘潭经开区', '湘潭高新区', '雨湖区', '韶山市'].sort(),
    );
    const saved = await post(
      '/api/v1/admin/jurisdictions',
      { code: 'yuhu-90', name: '新建街道', kind: 'street', parentCode: 'yuhu' },
      admin,
    );
    expect(saved).toMatchObject({ status: 201, json: { code: 'yuhu-90', parentCode: 'yuhu' } });
    expect(
      (await post('/api/v1/admin/jurisdictions', { code: 'Bad Code', name: '', kind: 'planet' }, admin)).json,
    ).toMatchObject({
      statusCode: 400,
      details: expect.arrayContaining([
        expect.objectContaining({ field: 'code' }),
        expect.objectContaining({ field: 'kind' }),
      ]),
    });
    expect((await post('/api/v1/admin/jurisdictions', { code: 'x-1', name: '某区', kind: 'zone' })).status).toBe(403);
    expect((await post('/api/v1/admin/caller-keys/re-encrypt', {}, admin)).json).toEqual({
      activeKeyId: 'e2e1',
      reEncrypted: 0,
      remaining: 0,
    });
  });

  it('answers bad input with 400 naming the field, and auth problems with 401/403; never 500, and writes nothing', async () => {
    const valid = { channel: 'phone', caller: { phone: '13907325599' }, content: '路灯坏了', type: 'complaint' };
    const before = await rowCounts();
    const cases: Array<[string, Promise<{ status: number; json: Json }>, number, string?]> = [
      ['missing content', post('/api/v1/requests', { ...valid, content: undefined }), 400, 'content'],
      [
        '20 000-character content',
        post('/api/v1/requests', { ...valid, content: '路'.repeat(20_000) }),
        400,
        'content',
      ],
      ['1 MB content', post('/api/v1/requests', { ...valid, content: '路'.repeat(1_048_576 / 3) }), 400, 'content'],
      // A body past the gateway's 2 MB limit is refused before it is read: 413, nothing reaches intake.
      ['3 MB body', post('/api/v1/requests', { ...valid, content: '路'.repeat(1_048_576) }), 413],
      ['invalid phone', post('/api/v1/requests', { ...valid, caller: { phone: '12ab' } }), 400, 'caller.phone'],
      ['unknown type', post('/api/v1/requests', { ...valid, type: 'gossip' }), 400, 'type'],
      [
        'district too long',
        post('/api/v1/requests', { ...valid, location: { district: '区'.repeat(33) } }),
        400,
        'location.district',
      ],
      ['malformed JSON', post('/api/v1/requests', '{"channel": "phone", '), 400],
      ['wrong role', post('/api/v1/requests', valid, token('unit', 'u-2', 'unit-yuhu')), 403],
      ['no token', post('/api/v1/requests', valid, null), 401],
    ];
    for (const [label, answer, status, field] of cases) {
      const { status: got, json } = await answer;
      expect({ label, status: got, statusCode: json.statusCode }).toEqual({ label, status, statusCode: status });
      if (field)
        expect({ label, fields: (json.details as Array<{ field: string }>).map((detail) => detail.field) }).toEqual({
          label,
          fields: expect.arrayContaining([field]),
        });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('R27.1 flags a caller who calls five times within the hour', async () => {
    const caller = { phone: '13907325588' };
    const answers = [];
    for (let index = 1; index <= 5; index += 1)
      answers.push(await record({ caller, content: `第${index}次来电反映同一小区问题` }));
    expect(answers.map((answer) => answer.json.assist!.misuse.flagged)).toEqual([false, false, false, false, true]);
    const flags = await db.query('SELECT count(*)::int AS n FROM intake.caller_misuse_flags WHERE request_id = $1', [
      answers[4].json.requestId,
    ]);
    expect(flags.rows[0].n).toBe(1);
  });

  it('R14.3 leaves no caller name, phone or id number in clear in any table of any schema, in the events, logs or traces', async () => {
    // Wait until every event is out and consumed, so the other services' tables are part of the scan.
    await eventually(
      async () => (await db.query('SELECT count(*)::int AS n FROM intake.outbox WHERE sent_at IS NULL')).rows[0].n,
      (n) => n === 0,
      20_000,
    );
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM supervision.timeline_entries`)).rows[0].n,
      (n) => n > 0,
      20_000,
    );
    const tables = await db.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.rows.map((row) => row.table_schema)).toEqual(
      expect.arrayContaining(['intake', 'supervision', 'dispatch']),
    );
    let scanned = '';
    for (const { table_schema, table_name } of tables.rows) {
      const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM "${table_schema}"."${table_name}" t`);
      scanned += rows.rows.map((row) => row.row).join('\n');
    }
    expect(scanned).toContain('XT');
    const events = (await db.query<{ envelope: unknown }>('SELECT envelope FROM intake.outbox')).rows
      .map((row) => JSON.stringify(row.envelope))
      .join('\n');
    expect(events).toContain('workorder.created');
    const logs = services.map((service) => service.output()).join('\n');
    const traces = JSON.stringify(receiver.spans);
    expect(traces).toContain('hotline.rpc.intake.callers.read');
    for (const secret of SECRETS) {
      expect({ secret, inTables: scanned.includes(secret) }).toEqual({ secret, inTables: false });
      expect({ secret, inEvents: events.includes(secret) }).toEqual({ secret, inEvents: false });
      expect({ secret, inLogs: logs.includes(secret) }).toEqual({ secret, inLogs: false });
      expect({ secret, inTraces: traces.includes(secret) }).toEqual({ secret, inTraces: false });
    }
  });
});

function parse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return {};
  }
}

function randomUUIDLike(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
