import { bearer, beijingTime, eventually, Json, platformSuite } from '@hotline/testing';

/**
 * Art. 8(4) over HTTP against the built services: a district government (雨湖区人民政府, xt-yuhu) guides and
 * supervises its streets (城正街街道, xt-yuhu-chengzheng): it reads their work orders, deadlines and timeline, with
 * the figures rolled up, and takes no step on them; a sibling district (岳塘区, xt-yuetang) sees none of them.
 */
describe('units supervising the units below them, Art. 8(4) (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('unit-hierarchy', { startAt: beijingTime('2026-11-02 09:00') });
  const OPERATOR = bearer(['operator'], 'op-1');
  const ADMIN = bearer(['admin'], 'ad-1');
  const DISTRICT = bearer(['unit'], 'h-yuhu', 'xt-yuhu');
  const STREET = bearer(['unit'], 'h-chengzheng', 'xt-yuhu-chengzheng');
  const SIBLING = bearer(['unit'], 'h-yuetang', 'xt-yuetang');
  const { call, step, at } = suite;
  let id: string;

  beforeAll(async () => {
    const created = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '黄敏', phone: '13907320041' },
      content: '城正街菜市场门口占道经营，早高峰堵塞',
      type: 'complaint',
      location: { district: '雨湖区', street: '城正街街道' },
    });
    expect(created.status).toBe(201);
    id = created.body.workOrder.id as string;
    at('2026-11-02 10:00');
    await step(`/api/v1/work-orders/${id}/dispatch`, OPERATOR, { leadUnitId: 'xt-yuhu-chengzheng' }, 200);
  });

  it("Art. 8(4) R14.1 a district reads its street's work order, deadlines and timeline, marked read-only", async () => {
    const view = await eventually(
      () => call('GET', `/api/v1/work-orders/${id}`, DISTRICT),
      (answer) => answer.status === 200 && answer.body.status === 'dispatched',
      20_000,
    );
    expect(view.body).toMatchObject({ leadUnitId: 'xt-yuhu-chengzheng', readOnly: true });
    expect(view.body.deadlines.sign.due).toEqual(expect.any(String));
    expect(view.body.nextSteps ?? []).toEqual([]);
    const timeline = await call('GET', `/api/v1/work-orders/${id}/timeline`, DISTRICT);
    expect(timeline.status).toBe(200);
    expect((timeline.body.items as Json[]).length).toBeGreaterThanOrEqual(2);
    const own = await call('GET', `/api/v1/work-orders/${id}`, STREET);
    expect(own.status).toBe(200);
    expect(own.body.readOnly).toBeUndefined();
  });

  it('Art. 8(4) R14.1 the district lists its street’s orders, also filtered by the street', async () => {
    const listed = await call('GET', '/api/v1/work-orders', DISTRICT);
    expect(listed.status).toBe(200);
    expect((listed.body.items as Json[]).map((item) => item.id)).toContain(id);
    const byStreet = await call('GET', '/api/v1/work-orders?unitId=xt-yuhu-chengzheng', DISTRICT);
    expect((byStreet.body.items as Json[]).map((item) => item.id)).toEqual([id]);
  });

  it('Art. 8(4) R16.1 the district cannot sign its street’s order (403); the street itself can', async () => {
    const refused = await eventually(
      () => call('POST', `/api/v1/work-orders/${id}/sign`, DISTRICT, {}),
      (answer) => ![404, 409].includes(answer.status),
      20_000,
    );
    expect(refused.status).toBe(403);
    expect(
      (await call('POST', `/api/v1/work-orders/${id}/returns`, DISTRICT, { reason: '非本级', basis: '职责' })).status,
    ).toBe(403);
    at('2026-11-02 11:00');
    const signed = await step(`/api/v1/work-orders/${id}/sign`, STREET, {}, 200);
    expect(signed.status).toBe('handling');
  });

  it("Art. 8(4) R23.2 the district reads its street's supervision cases but does not answer them", async () => {
    const SUPERVISOR = bearer(['supervisor'], 'sv-1');
    const opened = await call('POST', '/api/v1/supervision-cases', SUPERVISOR, {
      workOrderIds: [id],
      trigger: 4,
      method: 'phone',
      source: '市政府交办',
    });
    expect(opened.status).toBe(201);
    const cid = String(opened.body.id);
    const ids = async (token: string) =>
      ((await call('GET', '/api/v1/supervision-cases', token)).body.items as Json[]).map((item) => item.id);
    expect(await ids(STREET)).toContain(cid);
    expect(await ids(DISTRICT)).toContain(cid);
    expect(await ids(SIBLING)).not.toContain(cid);
    const answer = await call('POST', `/api/v1/supervision-cases/${cid}/answers`, DISTRICT, {
      answer: '已督促街道办理',
    });
    expect([403, 404]).toContain(answer.status);
  });

  it('Art. 8(4) R14.3 a sibling district sees none of it', async () => {
    expect((await call('GET', `/api/v1/work-orders/${id}`, SIBLING)).status).toBe(403);
    expect((await call('GET', `/api/v1/work-orders/${id}/timeline`, SIBLING)).status).toBe(403);
    const listed = await call('GET', '/api/v1/work-orders', SIBLING);
    expect((listed.body.items as Json[]).map((item) => item.id)).not.toContain(id);
    const filtered = await call('GET', '/api/v1/work-orders?unitId=xt-yuhu-chengzheng', SIBLING);
    expect(filtered.body.items).toEqual([]);
  });

  it('Art. 8(4) rolls up open and overdue work orders per street for the district, and for no one beside it', async () => {
    const rollup = await call('GET', '/api/v1/units/xt-yuhu/rollup', DISTRICT);
    expect(rollup.status).toBe(200);
    expect(rollup.body.own).toEqual({ unitId: 'xt-yuhu', open: 0, overdue: 0 });
    expect(rollup.body.subordinates).toContainEqual({ unitId: 'xt-yuhu-chengzheng', open: 1, overdue: 0 });
    expect(rollup.body.total).toEqual({ open: 1, overdue: 0 });
    expect((await call('GET', '/api/v1/units/xt-yuhu-chengzheng/rollup', DISTRICT)).status).toBe(200);
    expect((await call('GET', '/api/v1/units/xt-yuhu/rollup', SIBLING)).status).toBe(403);
    expect((await call('GET', '/api/v1/units/xt-yuhu/rollup', STREET)).status).toBe(403);
    const centre = await call('GET', '/api/v1/units/xt-yuhu/rollup', bearer(['supervisor'], 'sv-1'));
    expect(centre.body.total).toEqual({ open: 1, overdue: 0 });
  });

  it('Art. 8(4) keeps the directory a tree: a missing parent or a cycle is refused (422, parentId)', async () => {
    const unit = { id: 'xt-yuhu-newstreet', name: '新街道', kind: 'township', areas: ['新街道'], categories: [] };
    const missing = await call('POST', '/api/v1/units', ADMIN, { ...unit, parentId: 'xt-nowhere' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('parentId');
    expect((await call('POST', '/api/v1/units', ADMIN, { ...unit, parentId: 'xt-yuhu' })).status).toBe(201);
    const district = (await call('GET', '/api/v1/units/xt-yuhu', ADMIN)).body;
    const cycle = await call('PUT', '/api/v1/units/xt-yuhu', ADMIN, {
      id: 'xt-yuhu',
      name: district.name,
      kind: district.kind,
      areas: district.areas,
      categories: district.categories,
      parentId: 'xt-yuhu-newstreet',
    });
    expect(cycle.status).toBe(422);
    expect(cycle.body.message).toMatch(/cycle/);
    const rollup = await call('GET', '/api/v1/units/xt-yuhu/rollup', DISTRICT);
    expect((rollup.body.subordinates as Json[]).map((row) => row.unitId)).toContain('xt-yuhu-newstreet');
  });
});
