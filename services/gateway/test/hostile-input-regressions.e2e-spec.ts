// The malformed requests an outsider's probe of a running platform answered with 500, each a named regression:
// every one is now a 4xx naming what is wrong, and none writes a row.
import { resolveAuthConfig, signToken } from '@hotline/auth';
import { platformSuite } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

type Answer = { status: number; body: { message?: string; details?: Array<{ field: string }> } };

describe('hostile and careless input answered without a 500 (built services, real HTTP)', () => {
  const suite = platformSuite('hostile');
  const auth = resolveAuthConfig({}, () => undefined);
  const token = (roles: string[], unitId?: string) =>
    `Bearer ${signToken({ sub: 'probe', roles: roles as never, ...(unitId ? { unitId } : {}) }, auth, '30m')}`;
  const operator = token(['operator']);
  const admin = token(['admin']);
  const unit = token(['unit'], 'xt-yuhu');
  const aWorkOrder = randomUUID();

  async function call(
    method: string,
    path: string,
    authorization: string,
    body?: string,
    contentType = 'application/json',
  ): Promise<Answer> {
    const response = await fetch(`${suite.platform.gatewayUrl}${path}`, {
      method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': contentType }) },
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : { message: text } };
  }

  async function rowCount(): Promise<number> {
    const client = new Client({ connectionString: suite.environment.databaseUrl });
    await client.connect();
    try {
      const tables = [
        'intake.requests',
        'intake.work_orders',
        'intake.outbox',
        'handling.outbox',
        'knowledge.articles',
        'dispatch.units',
        'dispatch.routing_rules',
      ];
      const counts = await Promise.all(
        tables.map(async (table) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n)),
      );
      return counts.reduce((a, b) => a + b, 0);
    } finally {
      await client.end();
    }
  }

  function expectRefused(answer: Answer, status: number, field: string): void {
    expect({ status: answer.status, fields: (answer.body.details ?? []).map((detail) => detail.field) }).toEqual({
      status,
      fields: expect.arrayContaining([field]),
    });
  }

  const validRequest = {
    channel: 'phone',
    caller: { name: '张三', phone: '13812345678' },
    content: '小区路灯坏了一周',
    type: 'complaint',
    location: { district: '雨湖区', address: '建设路1号' },
  };

  describe('a NUL byte in a query filter is 400 naming the parameter, whatever the role', () => {
    it.each([
      ['GET /api/v1/work-orders?text=%00 (operator)', '/api/v1/work-orders?text=%00', operator, 'text'],
      ['GET /api/v1/work-orders?unitId=%00 (operator)', '/api/v1/work-orders?unitId=%00', operator, 'unitId'],
      ['GET /api/v1/work-orders?unitId=%00 (unit)', '/api/v1/work-orders?unitId=%00', unit, 'unitId'],
      ['GET /api/v1/work-orders?text=%00 (unit)', '/api/v1/work-orders?text=%00', unit, 'text'],
      ['GET /api/v1/units?area=%00', '/api/v1/units?area=%00', admin, 'area'],
      [
        'GET /api/v1/requests/{id}/caller?reason=%00',
        `/api/v1/requests/${randomUUID()}/caller?reason=%00`,
        operator,
        'reason',
      ],
    ])('%s', async (_name, path, authorization, field) => {
      expectRefused(await call('GET', path, authorization), 400, field);
    });
  });

  describe('a NUL byte or a lone surrogate in a JSON text field is 400 naming the field, and writes nothing', () => {
    const nul = (value: object) => JSON.stringify(value).replace(/NUL/g, '\\u0000');
    it.each([
      [
        'POST /api/v1/requests content',
        '/api/v1/requests',
        operator,
        nul({ ...validRequest, content: 'a NUL b' }),
        'content',
      ],
      [
        'POST /api/v1/requests location.address',
        '/api/v1/requests',
        operator,
        nul({ ...validRequest, location: { district: '雨湖区', address: 'NUL' } }),
        'location.address',
      ],
      [
        'POST /api/v1/requests caller.name (lone surrogate)',
        '/api/v1/requests',
        operator,
        JSON.stringify(validRequest).replace('张三', '张\\ud800'),
        'caller.name',
      ],
      [
        'POST …/extensions reason',
        `/api/v1/work-orders/${aWorkOrder}/extensions`,
        unit,
        nul({ workingDays: 2, reason: 'NUL' }),
        'reason',
      ],
      [
        'POST …/returns basis',
        `/api/v1/work-orders/${aWorkOrder}/returns`,
        unit,
        nul({ reason: '不属本单位', basis: 'NUL' }),
        'basis',
      ],
      [
        'POST …/replies result',
        `/api/v1/work-orders/${aWorkOrder}/replies`,
        unit,
        nul({
          handledBy: '城管',
          handledAt: '2026-11-30T10:00:00+08:00',
          process: '现场',
          result: 'NUL',
          callerContacted: true,
          outcome: 'solved',
        }),
        'result',
      ],
      [
        'POST /api/v1/knowledge/articles title',
        '/api/v1/knowledge/articles',
        admin,
        nul({ title: 'NUL', body: '正文', ownerUnitId: 'xt-yuhu' }),
        'title',
      ],
      ['POST /api/v1/units name', '/api/v1/units', admin, nul({ id: 'xt-new', name: 'NUL' }), 'name'],
      ['POST /api/v1/routing-rules', '/api/v1/routing-rules', admin, nul({ category: 'NUL' }), 'category'],
    ])('%s', async (_name, path, authorization, body, field) => {
      const before = await rowCount();
      expectRefused(await call('POST', path, authorization, body), 400, field);
      expect(await rowCount()).toBe(before);
    });
  });

  it('a request without `caller` is 400 naming caller, and writes nothing', async () => {
    const before = await rowCount();
    expectRefused(
      await call(
        'POST',
        '/api/v1/requests',
        operator,
        JSON.stringify({ channel: 'phone', content: 'x', type: 'complaint' }),
      ),
      400,
      'caller',
    );
    expect(await rowCount()).toBe(before);
  });

  it('R18.1 caller: {} (or a name alone) is refused 422 naming caller.phone, and writes nothing; an anonymous caller needs none', async () => {
    const before = await rowCount();
    for (const caller of [{}, { name: '张三' }]) {
      const answer = await call('POST', '/api/v1/requests', operator, JSON.stringify({ ...validRequest, caller }));
      expect({ status: answer.status, message: answer.body.message }).toEqual({
        status: 422,
        message: expect.stringContaining('caller.phone'),
      });
    }
    expect(await rowCount()).toBe(before);
    expect(
      (
        await call(
          'POST',
          '/api/v1/requests',
          operator,
          JSON.stringify({ ...validRequest, caller: { anonymous: true } }),
        )
      ).status,
    ).toBe(201);
  });

  it('a form-encoded body on a JSON route is 415 naming the content type, and writes nothing', async () => {
    const before = await rowCount();
    const answer = await call(
      'POST',
      '/api/v1/requests',
      operator,
      'channel=phone&content=x&type=complaint',
      'application/x-www-form-urlencoded',
    );
    expectRefused(answer, 415, 'content-type');
    expect(answer.body.message).toMatch(/application\/json/);
    expect(await rowCount()).toBe(before);
  });

  it('a text/plain body is 415 too, while Open311 still takes its form-encoded POST (its own 4xx, not 415)', async () => {
    expect((await call('POST', '/api/v1/requests', operator, JSON.stringify(validRequest), 'text/plain')).status).toBe(
      415,
    );
    const open311 = await call(
      'POST',
      '/open311/v2/requests.json',
      operator,
      'service_code=x&description=y',
      'application/x-www-form-urlencoded',
    );
    expect(open311.status).toBeGreaterThanOrEqual(400);
    expect(open311.status).toBeLessThan(500);
    expect(open311.status).not.toBe(415);
  });

  it('a 10,000-deep object and a 50,000-deep array are 400 before validation recurses, and write nothing', async () => {
    const before = await rowCount();
    const deepObject = `{"channel":"phone","caller":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const deepArray = JSON.stringify({ ...validRequest, location: '__ARRAY__' }).replace(
      '"__ARRAY__"',
      '['.repeat(50_000) + ']'.repeat(50_000),
    );
    for (const body of [deepObject, deepArray]) {
      const answer = await call('POST', '/api/v1/requests', operator, body);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toMatch(/nest deeper/);
    }
    expect(await rowCount()).toBe(before);
  });

  it('white space and zero-width characters alone are empty content: 400 naming content', async () => {
    expectRefused(
      await call(
        'POST',
        '/api/v1/requests',
        operator,
        JSON.stringify({ ...validRequest, content: ' \u200B\u200D\uFEFF ' }),
      ),
      400,
      'content',
    );
  });

  it('a __proto__ key is stripped: the request is recorded as if it were not there', async () => {
    const body = JSON.stringify(validRequest).replace('{', '{"__proto__":{"polluted":true},');
    const answer = await call('POST', '/api/v1/requests', operator, body);
    expect(answer.status).toBe(201);
  });

  it('a token that lives 300 years is 401', async () => {
    const forever = `Bearer ${signToken({ sub: 'probe', roles: ['operator'] }, auth, `${300 * 365}d`)}`;
    const answer = await call('GET', '/api/v1/work-orders', forever);
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/longer than/);
  });
  it('seed knowledge articles are owned by units of the directory, which can edit them', async () => {
    const client = new Client({ connectionString: suite.environment.databaseUrl });
    await client.connect();
    try {
      const orphans = await client.query(
        `SELECT DISTINCT owner_unit_id FROM knowledge.articles EXCEPT SELECT id FROM dispatch.units`,
      );
      expect(orphans.rows).toEqual([]);
      expect(Number((await client.query(`SELECT count(*) AS n FROM knowledge.articles`)).rows[0].n)).toBeGreaterThan(
        50,
      );
    } finally {
      await client.end();
    }
    const water = token(['unit'], 'xt-water');
    const article = await call('GET', '/api/v1/knowledge/articles/kb-water-outage-notice', operator);
    expect(article.status).toBe(200);
    const edited = await call(
      'PUT',
      '/api/v1/knowledge/articles/kb-water-outage-notice',
      water,
      JSON.stringify({
        body: '计划停水提前24小时在官网和社区公告。',
        expectedVersion: (article.body as { version: number }).version,
      }),
    );
    expect(edited.status).toBe(200);
  });
  it("R14.3 a partner recording a request gets its work order's number and status, never the caller's earlier work orders", async () => {
    const partner = token(['partner']);
    const caller = { name: '李四', phone: '13907320011' };
    const first = await call('POST', '/api/v1/requests', operator, JSON.stringify({ ...validRequest, caller }));
    expect(first.status).toBe(201);
    const byOperator = await call(
      'POST',
      '/api/v1/requests',
      operator,
      JSON.stringify({ ...validRequest, caller, content: '路灯还是不亮' }),
    );
    expect(byOperator.body).toHaveProperty('assist');
    const byPartner = await call(
      'POST',
      '/api/v1/requests',
      partner,
      JSON.stringify({ ...validRequest, channel: 'partner', caller, content: '路灯一直不亮' }),
    );
    expect(byPartner.status).toBe(201);
    expect(byPartner.body).not.toHaveProperty('assist');
    expect(byPartner.body).toMatchObject({
      workOrder: { number: expect.stringMatching(/^XT\d{14}$/), status: 'awaiting-dispatch' },
    });
    expect(JSON.stringify(byPartner.body)).not.toContain(
      String((first.body as { workOrder?: { number: string } }).workOrder?.number),
    );
  });
  it("R14.3 the public Open311 list shows an anonymous caller's request without its words, address or coordinates", async () => {
    const place = { district: '雨湖区', address: '雨湖区城正街12号', lat: 27.86, lng: 112.91 };
    const anonymous = await call(
      'POST',
      '/api/v1/requests',
      operator,
      JSON.stringify({
        ...validRequest,
        channel: 'open311',
        caller: { anonymous: true },
        content: '我家楼下餐馆油烟扰民',
        location: place,
      }),
    );
    const named = await call(
      'POST',
      '/api/v1/requests',
      operator,
      JSON.stringify({ ...validRequest, channel: 'open311', content: '城正街路灯不亮', location: place }),
    );
    const publicView = async (answer: Answer) => {
      const number = (answer.body as { workOrder: { number: string } }).workOrder.number;
      const response = await fetch(`${suite.platform.gatewayUrl}/open311/v2/requests/${number}.json`);
      expect(response.status).toBe(200);
      return ((await response.json()) as Array<Record<string, unknown>>)[0];
    };
    expect(await publicView(anonymous)).toMatchObject({ description: null, address: '雨湖区', lat: null, long: null });
    expect(await publicView(named)).toMatchObject({
      description: '城正街路灯不亮',
      address: '雨湖区城正街12号',
      lat: 27.86,
      long: 112.91,
    });
  });
});
