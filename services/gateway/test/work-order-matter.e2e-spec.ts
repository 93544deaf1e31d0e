import { bearer, beijingTime, eventually, Json, OtlpReceiver, platformSuite } from '@hotline/testing';
import { STREET_UNIT, streetLightComplaint } from './support/street-light';

const LAMP = '城正街街道建设北路信号灯旁的路灯坏了三天，晚上很危险';
const SEARCHED = '信号灯';

/**
 * Issue 11, items 1 and 7, over HTTP against the built services: the matter on the work order (view, list,
 * timeline, text filter, routing by street) and reading one's own writes right after a step.
 */
describe('the matter of a work order, and reading one’s own writes (built services, HTTP, NATS, Postgres)', () => {
  const receiver = new OtlpReceiver();
  const suite = platformSuite('wo-matter-e2e', {
    env: async () => ({
      OTEL_EXPORTER_OTLP_ENDPOINT: await receiver.start(),
      OTEL_BSP_SCHEDULE_DELAY: '200',
      LOG_LEVEL: 'log',
    }),
    startAt: beijingTime('2026-11-02 09:00'),
  });
  const OPERATOR = bearer(['operator'], 'op-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const STREET = bearer(['unit'], 'staff-of-chengzheng', STREET_UNIT);
  const OTHER_UNIT = bearer(['unit'], 'staff-of-yuetang', 'xt-yuetang');

  const { call, step } = suite;
  async function request(content: string): Promise<{ id: string; number: string }> {
    const created = await call('POST', '/api/v1/requests', OPERATOR, streetLightComplaint(content));
    expect(created.status).toBe(201);
    return created.body.workOrder as { id: string; number: string };
  }

  afterAll(async () => {
    await receiver.stop();
  });

  it('R14.1 R22.1 a unit reads the matter of its own work order (view, list, timeline), routed by the street the caller gave, and 403/404 for another’s', async () => {
    const order = await request(LAMP);
    const wo = `/api/v1/work-orders/${order.id}`;
    // R22.1: the street given at intake reaches routing; the operator types nothing more
    const suggestion = await eventually(
      () => call('GET', `${wo}/suggestion`, OPERATOR),
      (a) => a.status === 200,
    );
    expect(suggestion.body).toMatchObject({
      leadUnitId: STREET_UNIT,
      direct: true,
      facts: { category: '路灯', district: '雨湖区', street: '城正街街道' },
    });
    await step(`${wo}/dispatch`, OPERATOR, { useSuggestion: true }, 200);

    const matter = {
      content: LAMP,
      channel: 'phone',
      type: 'complaint',
      category: '路灯',
      location: { district: '雨湖区', street: '城正街街道', address: '建设北路88号', lat: 27.8651, lng: 112.9103 },
      receivedAt: expect.any(String),
    };
    const view = await call('GET', wo, STREET);
    expect(view).toMatchObject({
      status: 200,
      body: { id: order.id, number: order.number, status: 'dispatched', leadUnitId: STREET_UNIT, request: matter },
    });
    expect(JSON.stringify(view.body.request)).not.toMatch(/刘建国|13807320001/);
    const timeline = await call('GET', `${wo}/timeline`, STREET);
    expect(timeline).toMatchObject({ status: 200, body: { request: matter } });
    const listed = await call('GET', `/api/v1/work-orders?text=${encodeURIComponent(order.number)}`, STREET);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: order.id, request: matter })]);

    expect((await call('GET', wo, OTHER_UNIT)).status).toBe(403);
    expect((await call('GET', `${wo}/timeline`, OTHER_UNIT)).status).toBe(403);
    expect(
      (await call('GET', `/api/v1/work-orders?text=${encodeURIComponent(SEARCHED)}`, OTHER_UNIT)).body.items,
    ).toEqual([]);
    expect((await call('GET', '/api/v1/work-orders/00000000-0000-4000-8000-000000000000', STREET)).status).toBe(404);
  });

  it('R14.1 the list’s text filter finds work orders by words of their content and by their number', async () => {
    const noise = await request('建设北路烧烤店油烟扰民，晚上十二点还在营业');
    const water = await request('建设北路小区停水两天没有通知');
    const ids = async (text: string) => {
      const answer = await call('GET', `/api/v1/work-orders?limit=200&text=${encodeURIComponent(text)}`, SUPERVISOR);
      expect(answer.status).toBe(200);
      return (answer.body.items as Json[]).map((item) => item.id as string);
    };
    await eventually(
      () => ids('停水'),
      (found) => found.includes(water.id),
    );
    expect(await ids('烧烤 油烟')).toEqual([noise.id]);
    expect(await ids('停水 油烟')).toEqual([]);
    expect(await ids('建设北路')).toEqual(expect.arrayContaining([noise.id, water.id]));
    expect(await ids(water.number)).toEqual([water.id]);
    expect(await ids(water.number.slice(-8).toLowerCase())).toEqual([water.id]);
    const tooLong = await call('GET', `/api/v1/work-orders?text=${'长'.repeat(65)}`, SUPERVISOR);
    expect(tooLong).toMatchObject({ status: 400, body: { details: [expect.objectContaining({ field: 'text' })] } });
  });

  it('R14.1 a step answered 2xx shows at once in the same client’s view, list and timeline (read your own writes)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const order = await request(`建设北路第${round + 1}盏路灯不亮`);
      const wo = `/api/v1/work-orders/${order.id}`;
      const dispatched = await step(`${wo}/dispatch`, OPERATOR, { leadUnitId: STREET_UNIT }, 200);
      expect((await call('GET', wo, OPERATOR)).body).toMatchObject({
        status: 'dispatched',
        version: dispatched.version,
      });

      const signed = await step(`${wo}/sign`, STREET, {}, 200);
      expect(signed).toMatchObject({ status: 'handling', version: dispatched.version + 1 });
      const [view, list, timeline] = await Promise.all([
        call('GET', wo, STREET),
        call('GET', `/api/v1/work-orders?text=${order.number}`, STREET),
        call('GET', `${wo}/timeline`, STREET),
      ]);
      expect(view.body).toMatchObject({ status: 'handling', version: signed.version });
      expect(list.body.items).toEqual([expect.objectContaining({ id: order.id, status: 'handling' })]);
      expect((timeline.body.items as Json[]).map((item) => item.type).slice(-2)).toEqual([
        'workorder.assigned',
        'workorder.signed',
      ]);
    }
  });

  it('R14.1 keeps the citizen’s words out of every log line and every trace', async () => {
    await eventually(
      async () =>
        receiver.spans.some(
          (span) =>
            span.service === 'hotline-gateway' && String(span.attributes['http.target'] ?? '').includes('text='),
        ),
      Boolean,
      20_000,
    );
    const everything =
      JSON.stringify(receiver.spans) + suite.platform.services.map((service) => service.output()).join('\n');
    for (const words of [LAMP, SEARCHED, '烧烤', '停水两天']) {
      expect(everything).not.toContain(words);
      expect(everything).not.toContain(encodeURIComponent(words));
    }
    expect(everything).toContain('text=REDACTED');
  });
});
