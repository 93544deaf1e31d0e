import { reportMonthOf } from '@hotline/domain';
import {
  bearer,
  beijingTime,
  createTestEnvironment,
  eventually,
  gatewayClient,
  Json,
  RunningPlatform,
  seededUnits,
  startPlatform,
  TestEnvironment,
  UnitStaff,
  workOrderReads,
  workOrderRequests,
} from '@hotline/testing';
import { independentDurations, independentMonthCounts } from './support/independent-month-counts';

const ORDERS = 16;
const KINDS = ['satisfied', 'late-reply', 'open-overdue', 'late-sign', 'returned', 'extended', 'appealed', 'rehandled'];
const REPLY = (handledAt: string) => ({
  handledBy: '经办人 李明',
  handledAt: `${handledAt.replace(' ', 'T')}:00+08:00`,
  process: '现场核查处置',
  result: '已处理完毕',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
});

/**
 * R24.1 R25.1 a month driven through the real services over HTTP (16 orders of eight kinds over three units), then
 * every figure of the monthly report checked against counts taken straight from the services' own tables.
 */
describe('R24.1 the monthly report against the services’ own records (built services, HTTP, NATS, Postgres)', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const ADMIN = bearer(['admin'], 'ad-1');
  const { call, step } = gatewayClient(() => platform.gatewayUrl);
  const orders = workOrderRequests({ call, step }, OPERATOR);
  const at = (text: string) => platform.setClock(beijingTime(text));
  let units: UnitStaff[];
  const made: { id: string; kind: string; unit: UnitStaff }[] = [];
  const wo = (id: string) => `/api/v1/work-orders/${id}`;
  const of = (kind: string) => made.filter((order) => order.kind === kind);
  const { view } = workOrderReads({ call }, SUPERVISOR);

  async function replyAndPass(order: { id: string; unit: UnitStaff }, handledAt: string, passAt: string) {
    at(handledAt);
    const reply = await step(`${wo(order.id)}/replies`, order.unit.token, REPLY(handledAt), 201);
    at(passAt);
    await step(`${wo(order.id)}/replies/${reply.id as string}/review`, REVIEWER, { pass: true }, 200);
  }

  beforeAll(async () => {
    environment = await createTestEnvironment('monthly-report');
    platform = await startPlatform(
      { ...environment.env, HOTLINE_DEEM_SIGNED_SWEEP_MS: '0', HOTLINE_DEADLINE_WATCH_MS: '0' },
      beijingTime('2026-10-12 09:00'),
    );
    const unit = await seededUnits(platform.gatewayUrl);
    units = [unit(/^雨湖区/), unit(/^岳塘区/), unit(/城市管理/)];
    for (let i = 0; i < ORDERS; i++) {
      const id = await orders.recorded({
        type: ['complaint', 'help', 'consultation', 'report'][i % 4],
        location: { district: i % 3 ? '雨湖区' : '岳塘区', address: '韶山西路' },
      });
      made.push({ id, kind: KINDS[i % KINDS.length], unit: units[i % units.length] });
      await orders.dispatch(id, units[i % units.length].id);
    }
    at('2026-10-12 10:00');
    for (const order of made.filter((o) => o.kind !== 'late-sign')) await orders.sign(order.id, order.unit);
    for (const order of of('returned')) {
      at('2026-10-12 11:00');
      const asked = await step(
        `${wo(order.id)}/returns`,
        order.unit.token,
        { reason: '不属本单位职责', basis: '三定方案' },
        201,
      );
      order.unit = units[(units.indexOf(order.unit) + 1) % units.length];
      at('2026-10-12 12:00');
      await step(
        `${wo(order.id)}/returns/${asked.id as string}/decision`,
        REVIEWER,
        { approve: true, leadUnitId: order.unit.id },
        200,
      );
      await view(order.id, (v) => v.status === 'dispatched' && v.leadUnitId === order.unit.id);
      at('2026-10-12 13:00');
      await orders.sign(order.id, order.unit);
    }
    at('2026-10-13 10:00');
    for (const order of of('late-sign')) await orders.sign(order.id, order.unit);
    for (const order of of('extended')) {
      at('2026-10-13 11:00');
      const asked = await step(
        `${wo(order.id)}/extensions`,
        order.unit.token,
        { workingDays: 3, reason: '需多部门会商' },
        201,
      );
      at('2026-10-13 12:00');
      await step(`${wo(order.id)}/extensions/${asked.id as string}/decision`, REVIEWER, { approve: true }, 200);
    }
    for (const order of made.filter((o) => !['late-reply', 'open-overdue'].includes(o.kind)))
      await replyAndPass(order, '2026-10-14 14:00', '2026-10-14 16:00');
    for (const order of of('late-reply')) await replyAndPass(order, '2026-10-23 09:00', '2026-10-23 11:00');
    at('2026-10-26 10:00');
    for (const order of made.filter((o) => o.kind !== 'open-overdue')) {
      const body =
        order.kind === 'appealed'
          ? { satisfaction: 'unsatisfied', contacted: true, cause: 'policy', reason: '政策不允许' }
          : order.kind === 'rehandled'
            ? { satisfaction: 'unsatisfied', contacted: false, cause: 'unit', reason: '没有解决' }
            : order.kind === 'late-reply'
              ? { satisfaction: 'basically-satisfied', contacted: false }
              : { satisfaction: 'satisfied', contacted: true };
      await step(`${wo(order.id)}/callbacks`, REVIEWER, body, 200);
    }
    for (const order of of('appealed')) {
      at('2026-10-26 14:00');
      const appeal = await step(
        `${wo(order.id)}/appeals`,
        order.unit.token,
        { reason: '政策限制', evidence: '政策文件' },
        201,
      );
      at('2026-10-27 10:00');
      await step(`${wo(order.id)}/appeals/${appeal.id as string}/decision`, REVIEWER, { approve: true }, 200);
    }
    for (const order of of('rehandled')) {
      await view(order.id, (v) => v.status === 'rehandling');
      await replyAndPass(order, '2026-10-27 10:00', '2026-10-27 11:00');
      at('2026-10-28 10:00');
      await step(`${wo(order.id)}/callbacks`, REVIEWER, { satisfaction: 'satisfied', contacted: true }, 200);
    }
    for (const order of made) await view(order.id, (v) => v.status !== undefined);
    at('2026-11-02 10:00');
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await environment?.teardown();
  });

  const report = () => call('GET', '/api/v1/reports/monthly?month=2026-10', SUPERVISOR);

  it('R24.1 R20.3 R17.1 every figure of the JSON report equals the count from the services’ own tables', async () => {
    const month = reportMonthOf('2026-10');
    const expected = await independentMonthCounts(environment.databaseUrl, month.start, month.end);
    const steps = (expected.get(null)?.completed ?? 0) + (expected.get(null)?.callbacks ?? 0);
    const answer = await eventually(
      report,
      (a) => a.status === 200 && a.body.city.counts.completed + a.body.city.counts.callbacks === steps,
      30_000,
    );
    const body = answer.body;
    expect(body).toMatchObject({ month: '2026-10', state: 'closed' });
    const city = expected.get(null) as Record<string, number>;
    expect(city.appealsExcluded).toBe(of('appealed').length);
    expect(city.openOverdue).toBe(of('open-overdue').length);
    for (const [unitId, counts] of expected) {
      const figures = unitId === null ? body.city : body.units.find((u: Json) => u.unitId === unitId);
      expect(figures).toBeDefined();
      for (const name of Object.keys(body.city.counts)) {
        expect([unitId ?? 'city', name, figures.counts[name]]).toEqual([unitId ?? 'city', name, counts[name] ?? 0]);
      }
    }
    expect(body.units.map((u: Json) => u.unitId).sort()).toEqual([...expected.keys()].filter(Boolean).sort());
    // the re-handled orders' first callback stays unsatisfied (the unit's fault); the appealed ones are out (R20.3)
    expect(body.city.rates.satisfactionRate).toBe(
      Math.round((city.satisfied / (city.callbacks - city.appealsExcluded)) * 10_000) / 10_000,
    );
    expect(body.city.counts.rehandled).toBe(of('rehandled').length);
    expect(body.city.rates.completedOnTimeRate).toBeLessThan(1);
    expect(body.city.durations).toEqual(await independentDurations(environment.databaseUrl, month.start, month.end));
  });

  it('R24.1 CSV with a BOM and Chinese headers, a printable HTML, and 400s naming month and format', async () => {
    const csv = await fetch(`${platform.gatewayUrl}/api/v1/reports/monthly?month=2026-10&format=csv`, {
      headers: { authorization: SUPERVISOR },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toContain('月份,单位,受理量');
    const html = await call('GET', '/api/v1/reports/monthly?month=2026-10&format=html', ADMIN);
    expect(html.text).toContain('<svg');
    const badMonth = await call('GET', '/api/v1/reports/monthly?month=2026-13', SUPERVISOR);
    expect(badMonth.status).toBe(400);
    expect(JSON.stringify(badMonth.body.details)).toContain('month');
    const badFormat = await call('GET', '/api/v1/reports/monthly?month=2026-10&format=pdf', SUPERVISOR);
    expect(badFormat.status).toBe(400);
    expect(JSON.stringify(badFormat.body.details)).toContain('format');
    expect((await call('GET', '/api/v1/reports/monthly?month=2026-10', OPERATOR)).status).toBe(403);
    const openapi = (await (await fetch(`${platform.gatewayUrl}/api/openapi.json`)).json()) as Json;
    const names = (path: string, verb: string) => (openapi.paths[path][verb].parameters ?? []).map((p: Json) => p.name);
    expect(names('/api/v1/reports/monthly', 'get')).toEqual(expect.arrayContaining(['month', 'format']));
    expect(names('/api/v1/assessments', 'get')).toContain('period');
    expect(openapi.paths['/api/v1/assessments/method'].put.requestBody).toBeDefined();
  });

  it('R25.1 assessments: the admin sets a versioned method; a period is scored by the version in force then', async () => {
    expect(
      (await call('PUT', '/api/v1/assessments/method', SUPERVISOR, { indicators: [], deductions: [] })).status,
    ).toBe(403);
    const bad = await call('PUT', '/api/v1/assessments/method', ADMIN, {
      indicators: [{ indicator: 'satisfactionRate', weight: 50, target: 1 }],
      deductions: [],
    });
    expect(bad.status).toBe(400);
    const set = await call('PUT', '/api/v1/assessments/method', ADMIN, {
      indicators: [
        { indicator: 'completedOnTimeRate', weight: 60, target: 1 },
        { indicator: 'satisfactionRate', weight: 40, target: 0.9 },
      ],
      deductions: [{ count: 'openOverdue', pointsEach: 2, max: 10 }],
      effectiveFrom: '2026-11',
    });
    expect(set.status).toBe(200);
    const october = await call('GET', '/api/v1/assessments?period=2026-10', SUPERVISOR);
    expect(october.body.method.version).toBe(0);
    const november = await call('GET', '/api/v1/assessments?period=2026-11', ADMIN);
    expect(november.body.method.version).toBe(set.body.version);
    const scored = october.body.units.find((u: Json) => u.unitId === units[0].id);
    expect(scored.breakdown[0]).toEqual(
      expect.objectContaining({
        indicator: expect.any(String),
        target: expect.any(Number),
        points: expect.any(Number),
      }),
    );
    expect((await call('GET', '/api/v1/assessments?period=2026-Q5', ADMIN)).status).toBe(400);
  });
});
