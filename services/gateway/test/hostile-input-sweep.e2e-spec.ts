// A sweep generated from the OpenAPI document: every route, every path and query parameter and every body property
// receives each class of hostile value. No answer may be 5xx; a refusal is a 4xx JSON problem naming the field and
// writes nothing; what is accepted is legitimate (right-to-left text, duplicate keys, stripped prototype keys) and is
// stored exactly as sent.
import { resolveAuthConfig, signToken } from '@hotline/auth';
import { eventually, platformSuite } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { hostileRequestsOf, OpenApiDocument, SweepRequest } from './support/hostile-requests';
import { settledRowCounts } from './support/row-counts';

type Answer = { status: number; text: string };

describe('a sweep of hostile values over every route of the OpenAPI document (built services, real HTTP)', () => {
  const suite = platformSuite('sweep');
  let document: OpenApiDocument;
  const auth = resolveAuthConfig({}, () => undefined);
  const everyRole = `Bearer ${signToken({ sub: 'sweeper', roles: ['operator', 'reviewer', 'supervisor', 'unit', 'admin', 'partner'] as never, unitId: 'xt-yuhu' }, auth, '30m')}`;
  const operator = `Bearer ${signToken({ sub: 'sweeper', roles: ['operator'] as never }, auth, '30m')}`;

  async function send(request: SweepRequest, authorization = everyRole): Promise<Answer> {
    const response = await fetch(`${suite.platform.gatewayUrl}${request.url}`, {
      method: request.method,
      headers: { authorization, ...(request.body === undefined ? {} : { 'content-type': request.contentType }) },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    // A stream accepted (the events route) never ends: its status and headers are the answer.
    if (response.ok && response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, text: '' };
    }
    return { status: response.status, text: await response.text() };
  }

  /** What is wrong with an answer to a hostile request, or null when it is what the platform must answer. */
  function faultOf(request: SweepRequest, answer: Answer): string | null {
    if (answer.status >= 500) return `answered ${answer.status}`;
    if (/\n\s+at .+\.(js|ts):\d+/.test(answer.text)) return 'shows a stack trace';
    if (answer.status < 400)
      return request.mutates && !request.legitimate ? `accepted a hostile value with ${answer.status}` : null;
    if (answer.status === 431 || answer.status === 414) return null; // the HTTP server's own limit on the request line
    let problem: { statusCode?: number; message?: unknown; details?: unknown };
    try {
      problem = JSON.parse(answer.text);
    } catch {
      return `answered ${answer.status} without a JSON problem: ${answer.text.slice(0, 120)}`;
    }
    if (problem.statusCode !== answer.status || problem.message === undefined)
      return `answered ${answer.status} with a body that is no problem`;
    if (answer.status === 415 || request.expect415)
      return answer.status === 415 || !request.expect415
        ? null
        : `answered ${answer.status} to a ${request.contentType} body, not 415`;
    if (answer.status === 400 && request.field && !answer.text.includes(request.field))
      return `answered 400 without naming ${request.field}`;
    return null;
  }

  beforeAll(async () => {
    document = (await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json()) as OpenApiDocument;
  }, 300_000);

  it('R10.1 R13.1 sweeps the fields of issue 16: the emergency rejection transferTo/shareCallback and the deliveryUrl of a partner', () => {
    const swept = hostileRequestsOf(document, () => randomUUID()).requests;
    for (const [method, route, field] of [
      ['POST', '/api/v1/requests', 'decision.transferTo'],
      ['POST', '/api/v1/requests', 'decision.shareCallback'],
      ['PUT', '/api/v1/partners/{code}', 'deliveryUrl'],
      ['POST', '/api/v1/partners', 'deliveryUrl'],
    ])
      expect(
        swept.filter((request) => request.method === method && request.route === route && request.field === field),
      ).not.toHaveLength(0);
  });

  // About 1,900 requests, each through the gateway and a service: a minute on a quiet machine.
  it('sends every class of hostile value to every route: no 5xx, each refusal a 4xx naming the field, no row written', async () => {
    const sweep = hostileRequestsOf(document, () => randomUUID());
    const before = await settledRowCounts(suite.environment.databaseUrl);
    const faults: string[] = [];
    const statuses = new Map<number, number>();
    const pending = [...sweep.requests];
    const sendNext = async (): Promise<void> => {
      for (let request = pending.shift(); request; request = pending.shift()) {
        const answer = await send(request);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const fault = faultOf(request, answer);
        if (fault)
          faults.push(
            `${request.method} ${request.route} [${request.hostile}${request.field ? ` in ${request.field}` : ''}] ${fault}: ${answer.text.slice(0, 160)}`,
          );
      }
    };
    await Promise.all(Array.from({ length: 4 }, sendNext));
    const after = await settledRowCounts(suite.environment.databaseUrl);
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    process.stdout.write(
      `hostile-input sweep: ${sweep.routesCovered} of ${sweep.routes} routes covered, ${sweep.requests.length} requests, ` +
        `${sweep.hostileClasses.length} classes of value, ${serverErrors} answers 5xx, ` +
        `${before === after ? 0 : 'some'} rows written by refused requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(faults).toEqual([]);
    expect(sweep.routesCovered).toBe(sweep.routes);
    expect(after).toBe(before);
  }, 900_000);

  describe('what is legitimate is stored exactly as sent', () => {
    const request = { channel: 'phone', type: 'complaint', location: { district: '雨湖区', address: 'بازار يولى 1' } };

    async function recorded(body: string): Promise<{
      id: string;
      view: { request?: { content?: string; location?: { address?: string } } } & Record<string, unknown>;
    }> {
      const created = await send({
        method: 'POST',
        route: '/api/v1/requests',
        url: '/api/v1/requests?assist=later',
        body,
        contentType: 'application/json',
        hostile: 'legitimate',
        mutates: true,
      });
      expect(created.status).toBe(201);
      const workOrderId = (JSON.parse(created.text) as { workOrder: { id: string } }).workOrder.id;
      const view = await eventually(
        async () => {
          const answer = await send({
            method: 'GET',
            route: '/api/v1/work-orders/{id}',
            url: `/api/v1/work-orders/${workOrderId}`,
            hostile: 'legitimate',
            mutates: false,
          });
          return answer.status === 200 ? JSON.parse(answer.text) : undefined;
        },
        (value) => value !== undefined,
        20_000,
      );
      return { id: workOrderId, view };
    }

    it('keeps a Uyghur caller, right-to-left marks and a zero-width joiner inside text as they were sent', async () => {
      const content = 'مەھەللە يولىدىكى چىراغ بۇزۇلدى \u200F路灯坏了\u200D一周';
      const { id, view } = await recorded(
        JSON.stringify({ ...request, caller: { name: 'ئابدۇرەھىم', phone: '13812345670' }, content }),
      );
      expect(view.request?.content).toBe(content);
      expect(view.request?.location?.address).toBe('بازار يولى 1');
      const caller = await send(
        {
          method: 'GET',
          route: '/api/v1/work-orders/{id}/caller',
          url: `/api/v1/work-orders/${id}/caller?reason=contact-caller&note=${encodeURIComponent('回访联系来电人')}`,
          hostile: 'legitimate',
          mutates: false,
        },
        operator,
      );
      expect(JSON.parse(caller.text)).toMatchObject({ name: 'ئابدۇرەھىم' });
    });

    it('takes the last value of a duplicate key, as JSON.parse does', async () => {
      const body = `{"channel":"phone","type":"complaint","caller":{"name":"李四","phone":"13812345671"},"content":"第一遍","content":"第二遍：楼道灯不亮"}`;
      const { view } = await recorded(body);
      expect(view.request?.content).toBe('第二遍：楼道灯不亮');
    });

    it('strips __proto__ and constructor keys: they reach no prototype and are stored nowhere', async () => {
      const body = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"channel":"phone","type":"complaint","caller":{"name":"王五","phone":"13812345672","__proto__":{"admin":true}},"content":"噪音扰民"}`;
      const { view } = await recorded(body);
      expect(view.request?.content).toBe('噪音扰民');
      expect(JSON.stringify(view)).not.toContain('polluted');
      const list = await send({
        method: 'GET',
        route: '/api/v1/work-orders',
        url: '/api/v1/work-orders?limit=5',
        hostile: 'legitimate',
        mutates: false,
      });
      expect(list.text).not.toContain('polluted');
    });
  });
});
