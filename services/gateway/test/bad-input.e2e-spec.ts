import { resolveAuthConfig, signToken } from '@hotline/auth';
import { platformSuite } from '@hotline/testing';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { rowCountsOfEveryTable, settledRowCounts as settledCounts } from './support/row-counts';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  items?: Schema;
  enum?: unknown[];
};
type Operation = { method: string; path: string; schema: Schema | undefined };

const HOSTILE_STRINGS = [
  "'; DROP TABLE intake.requests; --",
  '<script>alert(1)</script>',
  '\u0000\uFFFF',
  '${7*7}',
  '../../etc/passwd',
  'x'.repeat(70_000),
];

/** A value of the wrong kind for a field of this schema, or a hostile one. */
function wrongValue(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const hostile = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constant(null),
    fc.constant([]),
    fc.constant({ $ne: 1 }),
    deepNesting(),
  );
  switch (schema?.type) {
    case 'string':
      return fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant({}),
        hostile.filter((v) => typeof v !== 'string' || (schema.enum !== undefined && !schema.enum.includes(v))),
      );
    case 'number':
    case 'integer':
      return fc.oneof(
        fc.string(),
        fc.constant(1e308),
        fc.constant(-1),
        fc.constant('NaN'),
        hostile.filter((v) => typeof v !== 'number'),
      );
    case 'boolean':
      return fc.oneof(fc.string(), fc.integer(), hostile);
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.constantFrom(...HOSTILE_STRINGS));
  }
}

function deepNesting(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 50, max: 400 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  });
}

/** Every POST/PUT of the OpenAPI document with its JSON body schema ($ref resolved one level). */
function operationsOf(document: {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}): Operation[] {
  const resolve = (schema: Schema | undefined) =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === 'post' || method === 'put')
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        schema: resolve(operation.requestBody?.content?.['application/json']?.schema),
      })),
  );
}

describe('hostile and malformed bodies on every POST/PUT of the OpenAPI document (built services)', () => {
  const suite = platformSuite('badinput');
  let operations: Operation[];
  const auth = resolveAuthConfig({}, () => undefined);
  const everyRole = `Bearer ${signToken({ sub: 'fuzzer', roles: ['operator', 'reviewer', 'supervisor', 'unit', 'admin', 'partner'] as never, unitId: 'xt-yuhu' }, auth, '30m')}`;

  const rowCounts = () => rowCountsOfEveryTable(suite.environment.databaseUrl);
  const settledRowCounts = () => settledCounts(suite.environment.databaseUrl);

  async function send(operation: Operation, body: string): Promise<{ status: number; text: string }> {
    const path = operation.path.replace(/\{[^}]+\}/g, () => randomUUID());
    const response = await fetch(`${suite.platform.gatewayUrl}${path}`, {
      method: operation.method,
      headers: { authorization: everyRole, 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    const document = await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json();
    operations = operationsOf(document as Parameters<typeof operationsOf>[0]);
  });

  it('never answers 500 or a stack trace, and writes no row, whatever the body', async () => {
    expect(operations.length).toBeGreaterThan(3);
    const before = await settledRowCounts();
    const seen = new Map<number, number>();
    for (const operation of operations) {
      const properties = Object.entries(operation.schema?.properties ?? {});
      const bodies = fc.sample(
        fc.oneof(
          fc.constantFrom(
            '{',
            'null',
            '[]',
            '"text"',
            '42',
            '{"a":',
            '\u00ff\u00fe',
            JSON.stringify({ unknownField: 1 }),
          ),
          deepNesting().map((value) => JSON.stringify(value)),
          properties.length === 0
            ? fc.constant('{"x": 1}')
            : fc
                .constantFrom(...properties)
                .chain(([name, schema]) => wrongValue(schema).map((value) => JSON.stringify({ [name]: value }))),
        ),
        { numRuns: 25, seed: 12345 },
      );
      for (const body of bodies) {
        const answer = await send(operation, body);
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500 || answer.status < 400)
          throw new Error(
            `${operation.method} ${operation.path} answered ${answer.status} to ${body.slice(0, 200)}: ${answer.text.slice(0, 300)}`,
          );
        expect(answer.text).not.toMatch(/\n\s+at .+\.(js|ts):\d+/);
      }
    }
    // invalid UTF-8 on the wire
    const bytes = Buffer.from([
      0x7b, 0x22, 0x63, 0x6f, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d,
    ]);
    const raw = await fetch(`${suite.platform.gatewayUrl}/api/v1/requests`, {
      method: 'POST',
      headers: { authorization: everyRole, 'content-type': 'application/json' },
      body: bytes,
    });
    expect(raw.status).toBe(400);
    expect(await rowCounts()).toBe(before);
    expect([...seen.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
  });

  it('R14.3 R18.1 sweeps the contact-request routes too, answering 400 naming the field and writing nothing', async () => {
    const routes = [
      {
        method: 'POST',
        path: '/api/v1/work-orders/{id}/contact-requests',
        bodies: [
          [{ message: 42 }, 'message'],
          [{ message: '' }, 'message'],
          [{}, 'message'],
        ],
      },
      {
        method: 'POST',
        path: '/api/v1/contact-requests/{cid}/outcome',
        bodies: [
          [{ contacted: 'yes' }, 'contacted'],
          [{}, 'contacted'],
          [{ contacted: true, note: { $ne: 1 } }, 'note'],
        ],
      },
    ] as const;
    const before = await settledRowCounts();
    for (const route of routes) {
      const operation = operations.find(
        (candidate) => candidate.method === route.method && candidate.path === route.path,
      );
      expect({ route: route.path, inDocument: operation !== undefined }).toEqual({
        route: route.path,
        inDocument: true,
      });
      for (const [body, field] of route.bodies) {
        const answer = await send(operation!, JSON.stringify(body));
        expect({ route: route.path, body, status: answer.status }).toEqual({ route: route.path, body, status: 400 });
        expect(
          (JSON.parse(answer.text) as { details: Array<{ field: string }> }).details.map((detail) => detail.field),
        ).toContain(field);
      }
    }
    expect(await rowCounts()).toBe(before);
  });

  it('R17.2 R18.2 the caller-informed route and the reply’s planDate: 400 naming the field, never 500, nothing written', async () => {
    expect(operations.map((operation) => operation.path)).toContain(
      '/api/v1/work-orders/{id}/extensions/{eid}/caller-informed',
    );
    const before = await settledRowCounts();
    const id = randomUUID();
    const reply = {
      handledBy: 'x',
      handledAt: '2026-11-03T14:00:00+08:00',
      process: 'x',
      result: 'x',
      callerContacted: true,
      outcome: 'plan',
      plan: 'x',
    };
    const cases: Array<{ path: string; field: string; bodies: unknown[] }> = [
      {
        path: `/api/v1/work-orders/${id}/extensions/${id}:2/caller-informed`,
        field: 'informedAt',
        bodies: fc
          .sample(wrongValue({ type: 'string' }), { numRuns: 15, seed: 7 })
          .map((informedAt) => ({ informedAt, method: 'phone' })),
      },
      {
        path: `/api/v1/work-orders/${id}/extensions/${id}:2/caller-informed`,
        field: 'method',
        bodies: [...fc.sample(wrongValue({ type: 'string' }), { numRuns: 15, seed: 8 }), '', 'x'.repeat(65)].map(
          (method) => ({ informedAt: '2026-11-05T16:00:00+08:00', method }),
        ),
      },
      // planDate is optional: null stands for "not given" (a plan without it is the domain's 422)
      {
        path: `/api/v1/work-orders/${id}/replies`,
        field: 'planDate',
        bodies: [
          ...fc.sample(wrongValue({ type: 'string' }), { numRuns: 15, seed: 9 }).filter((v) => v !== null),
          '2026-13-45x',
          'tomorrow',
        ].map((planDate) => ({ ...reply, planDate })),
      },
    ];
    for (const { path, field, bodies } of cases) {
      for (const body of bodies) {
        const response = await fetch(`${suite.platform.gatewayUrl}${path}`, {
          method: 'POST',
          headers: { authorization: everyRole, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await response.text();
        if (response.status !== 400)
          throw new Error(
            `POST ${path} answered ${response.status} to ${JSON.stringify(body).slice(0, 200)}: ${text.slice(0, 300)}`,
          );
        expect(text).toContain(field);
      }
    }
    expect(await rowCounts()).toBe(before);
  });

  it('R15.1 R15.2 R20.3 names the field of a wrong callerConsent, matterNature, online answer or article id with 400, and writes nothing', async () => {
    const before = await settledRowCounts();
    const request = { channel: 'phone', caller: { phone: '13907325599' }, content: '咨询公积金', type: 'consultation' };
    const workOrder = `/api/v1/work-orders/${randomUUID()}`;
    const cases: Array<[string, unknown, string]> = [
      ['/api/v1/requests', { ...request, callerConsent: 'yes', decision: { outcome: 'callback' } }, 'callerConsent'],
      ['/api/v1/requests', { ...request, matterNature: 'administrative-mediation' }, 'matterNature'],
      [
        '/api/v1/requests',
        { ...request, decision: { outcome: 'close-online', articleId: 'kb-'.repeat(30) } },
        'decision.articleId',
      ],
      [`${workOrder}/online-answer`, {}, 'answer'],
      [`${workOrder}/online-answer`, { answer: '' }, 'answer'],
      [`${workOrder}/online-answer`, { answer: '答'.repeat(4001) }, 'answer'],
      [`${workOrder}/online-answer`, { answer: '已答复', articleId: 42 }, 'articleId'],
      [`${workOrder}/online-answer`, { answer: '已答复', articleId: '' }, 'articleId'],
      [`${workOrder}/callbacks`, { satisfaction: 'satisfied', contacted: true, matterNature: 7 }, 'matterNature'],
    ];
    for (const [path, body, field] of cases) {
      const response = await fetch(`${suite.platform.gatewayUrl}${path}`, {
        method: 'POST',
        headers: { authorization: everyRole, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { statusCode: number; details?: Array<{ field: string }> };
      expect({
        path,
        field,
        status: response.status,
        fields: (answer.details ?? []).map((detail) => detail.field),
      }).toEqual({ path, field, status: 400, fields: expect.arrayContaining([field]) });
    }
    expect(await rowCounts()).toBe(before);
  });

  it('R20.1 answers 400 naming the field for hostile query parameters of the callback queue, never 500', async () => {
    const queries: Array<[string, string]> = [
      ['status', ''],
      ['status', 'overdue'],
      ['status', HOSTILE_STRINGS[0]!],
      ['limit', '0'],
      ['limit', '1e308'],
      ['limit', 'NaN'],
      ['cursor', HOSTILE_STRINGS[1]!],
      ['cursor', 'bm9wZQ'],
      ['cursor', 'x'.repeat(500)],
    ];
    for (const [field, value] of queries) {
      const query = new URLSearchParams({ status: 'due', [field]: value });
      const response = await fetch(`${suite.platform.gatewayUrl}/api/v1/callbacks?${query.toString()}`, {
        headers: { authorization: everyRole },
      });
      const text = await response.text();
      if (response.status !== 400)
        throw new Error(`GET /api/v1/callbacks?${query.toString()} answered ${response.status}: ${text.slice(0, 300)}`);
      expect(text).toContain(field);
    }
    const missing = await fetch(`${suite.platform.gatewayUrl}/api/v1/callbacks`, {
      headers: { authorization: everyRole },
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('status');
  });
});
