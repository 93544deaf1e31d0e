import { bearer, eventually, platformSuite } from '@hotline/testing';

type Answer = Record<string, unknown> & {
  items: Array<{ id: string; name: string }>;
  workOrder: { id: string };
  deadlines: { sign: { due: string } };
};

/** The gateway's unit, routing and dispatch endpoints over real HTTP, with intake and dispatch built and run as processes. */
describe('dispatch over HTTP (gateway, intake and dispatch as processes; real NATS and Postgres)', () => {
  const suite = platformSuite('dispatch-http', { backends: ['intake', 'dispatch'] });
  const call = async (method: string, path: string, authorization: string, body?: unknown) => {
    const answer = await suite.call(method, path, authorization, body);
    return { status: answer.status, body: answer.body as Answer };
  };
  const as = {
    admin: bearer(['admin'], 'admin-1'),
    operator: bearer(['operator'], 'op-1'),
    reviewer: bearer(['reviewer'], 'rv-1'),
    supervisor: bearer(['supervisor'], 'sv-1'),
    unit: (unitId: string) => bearer(['unit'], `h-${unitId}`, unitId),
  };

  async function workOrder(category: string, district: string): Promise<string> {
    const created = await call('POST', '/api/v1/requests', as.operator, {
      channel: 'phone',
      caller: { phone: '13900000000' },
      content: `${district}${category}问题`,
      type: 'complaint',
      category,
      location: { district },
    });
    expect(created.status).toBe(201);
    const id = created.body.workOrder.id;
    await eventually(
      () => call('GET', `/api/v1/work-orders/${id}/suggestion`, as.operator),
      (answer) => answer.status === 200,
    );
    return id;
  }

  beforeAll(async () => {
    // The unit directory is seeded as dispatch starts.
    await eventually(
      () => call('GET', '/api/v1/units', as.admin),
      (answer) => answer.status === 200,
      60_000,
      250,
    );
  });

  it('serves the unit directory to the centre and lets only the administrator change it', async () => {
    const list = await call('GET', '/api/v1/units?kind=district', as.operator);
    expect(list.status).toBe(200);
    expect(list.body.items.map((unit) => unit.id)).toEqual(
      expect.arrayContaining([
        'xt-yuhu',
        'xt-yuetang',
        'xt-xiangtanxian',
        'xt-xiangxiang',
        'xt-shaoshan',
        'xt-gxq',
        'xt-jkq',
        'xt-zhaoshan',
        'xt-jiuhua',
      ]),
    );
    expect((await call('GET', '/api/v1/units', as.unit('xt-yuhu'))).status).toBe(403);
    expect((await call('GET', '/api/v1/units/xt-nowhere', as.admin)).status).toBe(404);

    const unit = {
      id: 'xt-yuhu-xiangjiang',
      name: '先锋街道',
      kind: 'township',
      parentId: 'xt-yuhu',
      areas: ['先锋街道'],
      categories: ['占道经营'],
      contacts: { phone: '0731-12345678' },
    };
    expect((await call('POST', '/api/v1/units', as.operator, unit)).status).toBe(403);
    const bad = await call('POST', '/api/v1/units', as.admin, { ...unit, kind: 'village' });
    expect(bad).toMatchObject({ status: 400, body: { details: [{ field: 'kind' }] } });
    expect(await call('POST', '/api/v1/units', as.admin, unit)).toMatchObject({
      status: 201,
      body: { id: 'xt-yuhu-xiangjiang', parentId: 'xt-yuhu' },
    });
    expect((await call('POST', '/api/v1/units', as.admin, unit)).status).toBe(409);
    expect(await call('GET', '/api/v1/units/xt-yuhu-xiangjiang/statistics', as.supervisor)).toMatchObject({
      status: 200,
      body: { dispatchedAsLead: 0, returnsRequested: 0 },
    });
  });

  it('adds a routing rule and refuses one with an unknown unit (422)', async () => {
    const rule = {
      name: '占道经营（先锋街道）',
      categories: ['占道经营'],
      districts: ['雨湖区'],
      streets: ['先锋街道'],
      leadUnitId: 'xt-yuhu-xiangjiang',
      direct: true,
      priority: 10,
    };
    expect(await call('POST', '/api/v1/routing-rules', as.admin, rule)).toMatchObject({
      status: 201,
      body: { leadUnitId: 'xt-yuhu-xiangjiang', direct: true },
    });
    expect((await call('POST', '/api/v1/routing-rules', as.admin, { ...rule, leadUnitId: 'xt-nowhere' })).status).toBe(
      422,
    );
    const list = await call('GET', '/api/v1/routing-rules', as.admin);
    expect(list.body.items.map((item) => item.name)).toContain('占道经营（先锋街道）');
  });

  it('R22.1 dispatches a request from intake straight to the street on the suggestion; a second dispatch is 409', async () => {
    const id = await workOrder('路灯', '雨湖区');
    const suggestion = await call(
      'GET',
      `/api/v1/work-orders/${id}/suggestion?street=${encodeURIComponent('城正街街道')}`,
      as.operator,
    );
    expect(suggestion.body).toMatchObject({
      found: true,
      leadUnitId: 'xt-yuhu-chengzheng',
      direct: true,
      basis: { requirement: 'R22.1' },
    });
    expect((await call('GET', `/api/v1/work-orders/${id}/suggestion?colour=red`, as.operator)).status).toBe(400);

    expect(
      (await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.reviewer, { useSuggestion: true })).status,
    ).toBe(403);
    const dispatched = await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.operator, {
      useSuggestion: true,
      street: '城正街街道',
    });
    expect(dispatched).toMatchObject({
      status: 200,
      body: {
        id,
        status: 'dispatched',
        leadUnitId: 'xt-yuhu-chengzheng',
        coUnitIds: [],
        number: expect.stringMatching(/^XT/),
      },
    });
    expect(dispatched.body.deadlines.sign.due).toMatch(/\+08:00$/);
    expect(
      (await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.operator, { leadUnitId: 'xt-cgj' })).status,
    ).toBe(409);
    expect((await call('GET', `/api/v1/work-orders/${id}/returns`, as.unit('xt-yuhu-chengzheng'))).body).toEqual({
      items: [],
    });
    expect((await call('GET', `/api/v1/work-orders/${id}/returns`, as.unit('xt-yuetang'))).status).toBe(403);

    // dispatched, not yet signed: handling owns it, so the gateway hands the difficult matter to handling (not running here)
    const forwarded = await call('POST', `/api/v1/work-orders/${id}/coordination`, as.unit('xt-yuhu-chengzheng'), {
      kind: 'unclear-jurisdiction',
    });
    expect(forwarded).toMatchObject({ status: 503, body: { message: expect.stringContaining('handling') } });
  });

  it('R15.5 dispatches to one lead and co units and refuses an unknown unit (422)', async () => {
    const id = await workOrder('工程欠薪', '湘潭县');
    expect(
      (
        await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.operator, {
          leadUnitId: 'xt-rsj',
          coUnitIds: ['xt-nobody'],
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.operator, {
          leadUnitId: 'xt-rsj',
          coUnitIds: 'xt-zjj',
        })
      ).status,
    ).toBe(400);
    const dispatched = await call('POST', `/api/v1/work-orders/${id}/dispatch`, as.operator, {
      leadUnitId: 'xt-rsj',
      coUnitIds: ['xt-zjj'],
    });
    expect(dispatched.body).toMatchObject({ leadUnitId: 'xt-rsj', coUnitIds: ['xt-zjj'] });
  });

  it('R21.1 raises a difficult matter, escalates it and assigns the unit the city government named', async () => {
    const id = await workOrder('河道垃圾', '昭山示范区');
    expect(
      (await call('POST', `/api/v1/work-orders/${id}/coordination`, as.operator, { kind: 'unclear' })).status,
    ).toBe(400);
    expect(
      await call('POST', `/api/v1/work-orders/${id}/coordination`, as.operator, {
        kind: 'unclear-duty',
        note: '水利与城管职责交叉',
      }),
    ).toMatchObject({ status: 200, body: { status: 'coordinating' } });
    expect(
      (await call('POST', `/api/v1/work-orders/${id}/coordination/decision`, as.operator, { action: 'escalate' }))
        .status,
    ).toBe(403);
    expect(
      await call('POST', `/api/v1/work-orders/${id}/coordination/decision`, as.supervisor, { action: 'escalate' }),
    ).toMatchObject({ status: 200, body: { status: 'escalated' } });
    const assigned = await call('POST', `/api/v1/work-orders/${id}/coordination/decision`, as.supervisor, {
      action: 'assign',
      leadUnitId: 'xt-zhaoshan',
    });
    expect(assigned).toMatchObject({ status: 200, body: { status: 'dispatched', leadUnitId: 'xt-zhaoshan' } });
  });
});
