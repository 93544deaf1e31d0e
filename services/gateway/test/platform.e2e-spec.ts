import { randomBytes } from 'node:crypto';
import {
  ALL_BACKENDS,
  bearer,
  eventually,
  OtlpReceiver,
  platformSuite,
  seededUnits,
  stopService,
} from '@hotline/testing';

const CALLER = { name: '王秀英', phone: '13907321234', idNumber: '430302198805061234' };

describe('the platform as built, started as eight processes (real HTTP, NATS JetStream, Postgres)', () => {
  const receiver = new OtlpReceiver();
  const suite = platformSuite('e2e', {
    env: async () => ({
      OTEL_EXPORTER_OTLP_ENDPOINT: await receiver.start(),
      OTEL_BSP_SCHEDULE_DELAY: '200',
      HOTLINE_OUTBOX_POLL_MS: '250',
      LOG_LEVEL: 'log',
    }),
  });
  const gatewayUrl = () => suite.platform.gatewayUrl;

  afterAll(async () => {
    await receiver.stop();
  });

  it('reports every service ready on the gateway’s /readyz', async () => {
    const body = await eventually(
      () =>
        fetch(`${gatewayUrl()}/readyz`).then(
          (response) => response.json().then((json) => ({ status: response.status, json })),
          () => ({ status: 0, json: null }),
        ),
      (answer) => answer.status === 200,
      60_000,
      250,
    );
    const checks = (body.json as { status: string; details: Record<string, { status: string }> }).details;
    expect(body.json).toMatchObject({ status: 'ok' });
    for (const name of ALL_BACKENDS) expect(checks[`service:${name}`]).toEqual({ status: 'up' });
    expect(checks['nats']).toEqual({ status: 'up' });
  });

  it('serves the OpenAPI document and the docs page', async () => {
    type Schema = { properties?: Record<string, { enum?: string[]; $ref?: string }>; required?: string[] };
    const document = (await (await fetch(`${gatewayUrl()}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, Schema> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/v1/requests', '/api/v1/work-orders/{id}/timeline']),
    );
    // The body schema is derived from the validation rules: a partner reads the same rules the gateway enforces.
    const body = document.components.schemas['RecordRequestCommand'];
    expect(body.required).toEqual(expect.arrayContaining(['channel', 'caller', 'content', 'type']));
    expect(body.properties!['type'].enum).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion']);
    expect(body.properties!['caller'].$ref).toBe('#/components/schemas/CallerInput');
    expect((await fetch(`${gatewayUrl()}/api/docs`)).status).toBe(200);
  });

  it('answers bad input with 400 naming the field, and a wrong role with 403', async () => {
    const bad = await fetch(`${gatewayUrl()}/api/v1/requests`, {
      method: 'POST',
      headers: { authorization: bearer(['operator'], 'op-1'), 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'phone', caller: { phone: 'abc' }, content: '路灯坏了', type: 'complaint' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      details: [{ field: 'caller.phone' }],
    });
    const wrongRole = await fetch(`${gatewayUrl()}/api/v1/requests`, {
      method: 'POST',
      headers: { authorization: bearer(['supervisor'], 'sup-1'), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(wrongRole.status).toBe(403);
  });

  it('follows one request in one trace: gateway HTTP → NATS request → intake SQL → outbox event → supervision consumer', async () => {
    // The caller starts the trace, as a CTI system or browser with tracing would.
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(`${gatewayUrl()}/api/v1/requests`, {
      method: 'POST',
      headers: {
        authorization: bearer(['operator'], 'op-7'),
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({
        channel: 'phone',
        caller: CALLER,
        content: '岳塘区某小区路灯坏了一周，晚上看不见路',
        type: 'complaint',
        location: { district: '岳塘区' },
      }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      outcome: string;
      workOrder: { id: string; number: string; status: string };
    };
    expect(created).toMatchObject({ outcome: 'dispatch', workOrder: { status: 'awaiting-dispatch' } });
    expect(created.workOrder.number).toMatch(/^XT\d{8}\d{6}$/);

    const timeline = await eventually(
      () =>
        fetch(`${gatewayUrl()}/api/v1/work-orders/${created.workOrder.id}/timeline`, {
          headers: { authorization: bearer(['supervisor'], 'sup-1') },
        }),
      (answer) => answer.status === 200,
      20_000,
    );
    const { items } = (await timeline.json()) as { items: Array<{ type: string; actor: { id: string } }> };
    expect(items).toEqual([
      expect.objectContaining({ type: 'workorder.created', actor: expect.objectContaining({ id: 'op-7' }) }),
    ]);

    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    // The gateway's own HTTP span ends last (after the answer) and is exported in its next batch: wait for it too.
    const arrived = (service: string, name: string) =>
      inTrace().some((span) => span.service === `hotline-${service}` && span.name.startsWith(name));
    await eventually(async () => arrived('supervision', 'process ') && arrived('gateway', 'POST'), Boolean, 20_000);
    const spans = inTrace();
    const has = (service: string, predicate: (name: string, attributes: Record<string, unknown>) => boolean) =>
      spans.some((span) => span.service === `hotline-${service}` && predicate(span.name, span.attributes));

    expect(
      has('gateway', (name, attributes) => name === 'POST' && attributes['http.target'] === '/api/v1/requests'),
    ).toBe(true);
    expect(has('gateway', (name) => name === 'call hotline.rpc.intake.requests.record.v1')).toBe(true);
    expect(has('intake', (name) => name === 'serve hotline.rpc.intake.requests.record.v1')).toBe(true);
    expect(
      has('intake', (_, attributes) =>
        String(attributes['db.statement'] ?? attributes['db.query.text'] ?? '').includes(
          'INSERT INTO "intake"."requests"',
        ),
      ),
    ).toBe(true);
    const aboutTheOrder = (attributes: Record<string, unknown>) =>
      attributes['hotline.work_order.id'] === created.workOrder.id;
    expect(
      has('intake', (name, attributes) => name === 'publish hotline.workorder.created.v1' && aboutTheOrder(attributes)),
    ).toBe(true);
    expect(
      has(
        'supervision',
        (name, attributes) => name === 'process hotline.workorder.created.v1' && aboutTheOrder(attributes),
      ),
    ).toBe(true);
    expect(
      has('supervision', (_, attributes) =>
        String(attributes['db.statement'] ?? attributes['db.query.text'] ?? '').includes('timeline_entries'),
      ),
    ).toBe(true);

    const everything =
      JSON.stringify(receiver.spans) + suite.platform.services.map((service) => service.output()).join('\n');
    for (const secret of Object.values(CALLER)) expect(everything).not.toContain(secret);
  });

  it('names the acting unit on the spans of its request and of the event it caused, never caller data', async () => {
    const unit = (await seededUnits(gatewayUrl()))(/^雨湖区/);
    const operator = bearer(['operator'], 'op-8');
    const created = await suite.call('POST', '/api/v1/requests', operator, {
      channel: 'phone',
      caller: CALLER,
      content: '雨湖区韶山西路井盖缺失，夜间行人易跌倒',
      type: 'complaint',
      location: { district: '雨湖区', address: '韶山西路' },
    });
    expect(created.status).toBe(201);
    const id = String(created.body.workOrder.id);
    await suite.step(`/api/v1/work-orders/${id}/dispatch`, operator, { leadUnitId: unit.id }, 200);
    await suite.step(`/api/v1/work-orders/${id}/sign`, unit.token, {}, 200);

    const find = (predicate: (span: (typeof receiver.spans)[number]) => boolean) => receiver.spans.find(predicate);
    const signRequest = (span: (typeof receiver.spans)[number]) =>
      span.service === 'hotline-gateway' &&
      span.name === 'POST' &&
      span.attributes['http.target'] === `/api/v1/work-orders/${id}/sign`;
    const aboutTheSigning = (verb: string) => (span: (typeof receiver.spans)[number]) =>
      span.name === `${verb} hotline.workorder.signed.v1` && span.attributes['hotline.work_order.id'] === id;
    await eventually(
      async () => find(signRequest) && find(aboutTheSigning('publish')) && find(aboutTheSigning('process')),
      Boolean,
      20_000,
    );
    expect(find(signRequest)!.attributes['hotline.unit.id']).toBe(unit.id);
    expect(find(aboutTheSigning('publish'))!.attributes['hotline.unit.id']).toBe(unit.id);
    expect(find(aboutTheSigning('process'))!.attributes['hotline.unit.id']).toBe(unit.id);
    // The operator has no unit: the requests recording calls name none.
    const recordings = receiver.spans.filter(
      (span) =>
        span.service === 'hotline-gateway' &&
        span.name === 'POST' &&
        span.attributes['http.target'] === '/api/v1/requests',
    );
    expect(recordings.length).toBeGreaterThan(0);
    expect(recordings.filter((span) => 'hotline.unit.id' in span.attributes)).toEqual([]);
    const everything = JSON.stringify(receiver.spans);
    for (const secret of Object.values(CALLER)) expect(everything).not.toContain(secret);
  });

  it('stops every service cleanly within 10 s of SIGINT', async () => {
    const results = await Promise.all(
      suite.platform.services.map(async (service) => ({
        name: service.name,
        ...(await stopService(service, 'SIGINT', 12_000)),
      })),
    );
    for (const result of results) {
      expect(result).toMatchObject({ name: result.name, code: 0 });
      expect(result.ms).toBeLessThan(10_000);
    }
  });
});
