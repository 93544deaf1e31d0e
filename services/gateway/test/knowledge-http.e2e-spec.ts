import { bearer, eventually, platformSuite } from '@hotline/testing';

/** The parts of the answers this test reads (search, article, versions, stale report, problem). */
interface Answer {
  id: string;
  items: Array<{ id: string; status: string; snippet: string; version: number; body: string }>;
  details: Array<{ field: string }>;
}

/** Built gateway and knowledge service as processes (`npm run build` first), driven over HTTP like a client. */
describe('knowledge base through the gateway (real HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('kbgw', { backends: ['knowledge'] });
  const OPERATOR = bearer(['operator'], 'op-1');
  const SUPERVISOR = bearer(['supervisor'], 'sup-1');
  const EDU = bearer(['unit'], 'edu-1', 'xt-jyj');
  const WATER = bearer(['unit'], 'water-1', 'xt-water');
  const call = async (method: string, path: string, authorization: string | null = null, body?: unknown) => {
    const answer = await suite.call(method, path, authorization, body);
    return { status: answer.status, json: answer.body as Answer };
  };
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

  beforeAll(async () => {
    // Ready once the seeded articles answer.
    await eventually(
      () => call('GET', `/api/v1/knowledge/search?${q({ q: '停水' })}`, OPERATOR),
      (answer) => answer.status === 200 && answer.json.items.length > 0,
      60_000,
      250,
    );
  });

  it('R15.1 answers an operator’s search with the school-enrolment article first, highlighted', async () => {
    const { status, json } = await call(
      'GET',
      `/api/v1/knowledge/search?${q({ q: '孩子上学要什么材料', limit: '5' })}`,
      OPERATOR,
    );
    expect(status).toBe(200);
    expect(json.items[0]).toMatchObject({ id: 'kb-edu-enrolment-materials', status: 'published' });
    expect(json.items[0].snippet).toContain('<mark>');
    expect(json.items.length).toBeLessThanOrEqual(5);
  });

  it('answers a bad query with 400 naming each field, no token with 401 and a partner with 403', async () => {
    const bad = await call('GET', `/api/v1/knowledge/search?${q({ q: '', area: '长沙市', limit: '0' })}`, OPERATOR);
    expect(bad.status).toBe(400);
    expect(bad.json.details.map((detail) => detail.field).sort()).toEqual(['area', 'limit', 'q']);
    expect((await call('GET', `/api/v1/knowledge/search?${q({ q: '停水' })}`)).status).toBe(401);
    expect((await call('GET', `/api/v1/knowledge/search?${q({ q: '停水' })}`, bearer(['partner'], 'p-1'))).status).toBe(
      403,
    );
  });

  it('R8.1 a unit writes and updates its own article as new versions; another unit gets 403 and changes nothing', async () => {
    const article = {
      title: '课后服务收费标准',
      body: '义务教育学校课后服务每生每学期收费不超过规定标准，家庭经济困难学生免收。',
      keywords: ['课后服务'],
      areas: ['all'],
      status: 'published',
      reviewBy: '2027-08-31',
    };
    const created = await call('POST', '/api/v1/knowledge/articles', EDU, article);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ownerUnitId: 'xt-jyj', version: 1 });
    const id = created.json.id as string;

    const foreign = await call('PUT', `/api/v1/knowledge/articles/${id}`, WATER, { body: '课后服务取消。' });
    expect(foreign.status).toBe(403);
    expect((await call('GET', `/api/v1/knowledge/articles/${id}`, OPERATOR)).json).toEqual(created.json);

    const updated = await call('PUT', `/api/v1/knowledge/articles/${id}`, EDU, {
      body: '课后服务按成本收费，困难学生免收。',
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ status: 200, json: { version: 2, body: '课后服务按成本收费，困难学生免收。' } });
    const history = await call('GET', `/api/v1/knowledge/articles/${id}/versions`, OPERATOR);
    expect(history.json.items.map((version) => [version.version, version.body])).toEqual([
      [1, article.body],
      [2, '课后服务按成本收费，困难学生免收。'],
    ]);
    expect((await call('POST', '/api/v1/knowledge/articles', OPERATOR, article)).status).toBe(403);
  });

  it('answers a bad article with 400 naming the fields and writes nothing', async () => {
    const before = await call('GET', `/api/v1/knowledge/articles?${q({ ownerUnitId: 'xt-water' })}`, OPERATOR);
    const bad = await call('POST', '/api/v1/knowledge/articles', WATER, {
      title: '水表',
      body: '',
      keywords: '水表',
      areas: [],
      reviewBy: '2027-13-01',
      colour: 'blue',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.details.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['body', 'keywords', 'areas', 'reviewBy', 'colour']),
    );
    expect((await call('GET', `/api/v1/knowledge/articles?${q({ ownerUnitId: 'xt-water' })}`, OPERATOR)).json).toEqual(
      before.json,
    );
    expect((await call('GET', '/api/v1/knowledge/articles/kb-no-such-article', OPERATOR)).status).toBe(404);
    expect((await call('GET', '/api/v1/knowledge/articles/bad%20id', OPERATOR)).status).toBe(400);
  });

  it('publishes the knowledge paths and the article body rules in the OpenAPI document', async () => {
    type Document = {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const document = (await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json()) as Document;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/knowledge/search',
        '/api/v1/knowledge/articles',
        '/api/v1/knowledge/articles/{id}',
        '/api/v1/knowledge/articles/{id}/versions',
        '/api/v1/knowledge/stale',
      ]),
    );
    expect(document.components.schemas['CreateArticleInput'].required).toEqual(
      expect.arrayContaining(['title', 'body', 'keywords', 'areas', 'reviewBy']),
    );
  });

  it('R26.1 shows supervisors the published articles past their review date, and refuses units (403)', async () => {
    const created = await call('POST', '/api/v1/knowledge/articles', WATER, {
      title: '二次供水水箱清洗周期',
      body: '二次供水设施每半年清洗消毒一次。',
      keywords: ['二次供水'],
      areas: ['all'],
      status: 'published',
      reviewBy: '2027-01-31',
    });
    const report = await call('GET', `/api/v1/knowledge/stale?${q({ now: '2027-02-03T04:00:00+08:00' })}`, SUPERVISOR);
    expect(report.status).toBe(200);
    expect(report.json.items).toContainEqual(
      expect.objectContaining({ id: created.json.id, daysOverdue: 3, ownerUnitId: 'xt-water' }),
    );
    expect((await call('GET', '/api/v1/knowledge/stale', WATER)).status).toBe(403);
  });
});
