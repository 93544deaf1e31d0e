import { DispatchRpc, WorkOrderView } from '@hotline/contracts';
import { EmergencyCategory } from '@hotline/domain';
import { DirectorySeeder } from '../src/seed/directory-seeder';
import { DispatchHarness, OPERATOR, unitActor } from './support/dispatch-harness';

const ADMIN = { kind: 'user' as const, id: 'admin-1', role: 'admin' };

describe('dispatch routes and dispatches work orders (real Postgres and NATS)', () => {
  let harness: DispatchHarness;

  beforeAll(async () => {
    harness = await DispatchHarness.start('dispatch');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each<[string, EmergencyCategory, string]>([
    ['自然灾害', 'disaster-or-accident', 'xt-yjj'],
    ['突发公共卫生事件', 'public-health', 'xt-wjw'],
    ['群体性事件', 'social-security', 'xt-gaj'],
    ['日常应急联动', 'emergency-linkage', 'xt-yjld'],
  ])(
    'R15.4 suggests and dispatches a %s event to the unit the regulation names',
    async (category, emergencyCategory, unitId) => {
      const id = await harness.openWorkOrder({ type: 'help', category, district: '岳塘区' });
      const suggestion = await harness.rpc.request(DispatchRpc.suggestion, { actor: OPERATOR, workOrderId: id });
      expect(suggestion).toMatchObject({
        found: true,
        leadUnitId: unitId,
        emergencyCategory,
        basis: { requirement: 'R15.4' },
      });

      const view = await harness.dispatch(id, { useSuggestion: true });
      expect(view).toMatchObject({ status: 'dispatched', leadUnitId: unitId, coUnitIds: [] });
      const [assigned] = await harness.emitted(id, 'workorder.assigned');
      expect(assigned.payload.details).toMatchObject({ leadUnitId: unitId });
      expect(assigned.payload.details.emergencyDestination).toBeDefined();
    },
  );

  it('R15.4 refuses an emergency event named for another lead unit (422), and writes nothing', async () => {
    const id = await harness.openWorkOrder({ category: '噪音扰民', district: '雨湖区' });
    await expect(
      harness.dispatch(id, { leadUnitId: 'xt-cgj', emergencyCategory: 'public-health' }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R15.4') },
    });
    expect((await harness.stateOf(id))?.status).toBe('awaiting-dispatch');
    expect(await harness.rpc.request(DispatchRpc.assignments, { actor: OPERATOR, workOrderId: id })).toEqual({
      items: [],
    });
  });

  it('R22.1 dispatches a matter of clear duty and jurisdiction straight to the street (接诉即办), saying which rule matched', async () => {
    const id = await harness.openWorkOrder({ category: '路灯', district: '雨湖区' });
    const suggestion = await harness.rpc.request(DispatchRpc.suggestion, {
      actor: OPERATOR,
      workOrderId: id,
      street: '城正街街道',
    });
    expect(suggestion).toMatchObject({
      found: true,
      leadUnitId: 'xt-yuhu-chengzheng',
      direct: true,
      basis: { kind: 'rule', requirement: 'R22.1', ruleId: 'seed-street-lighting-chengzheng' },
    });
    expect(suggestion.explanation).toContain('接诉即办');

    const view = await harness.dispatch(id, { useSuggestion: true, street: '城正街街道' });
    expect(view).toMatchObject({
      status: 'dispatched',
      leadUnitId: 'xt-yuhu-chengzheng',
      number: expect.stringMatching(/^XT/),
    });
    const { items } = await harness.rpc.request(DispatchRpc.assignments, { actor: OPERATOR, workOrderId: id });
    expect(items).toEqual([
      expect.objectContaining({
        dispatchNo: 1,
        leadUnitId: 'xt-yuhu-chengzheng',
        via: 'dispatch',
        basis: expect.objectContaining({ source: 'suggestion', ruleId: 'seed-street-lighting-chengzheng' }),
        assignedBy: expect.objectContaining({ id: 'op-1' }),
      }),
    ]);
  });

  it('R22.1 routes by the street the caller gave at intake, without the operator typing it again', async () => {
    const id = await harness.openWorkOrder({ category: '路灯', district: '雨湖区', street: '城正街街道' });
    const suggestion = await harness.rpc.request(DispatchRpc.suggestion, { actor: OPERATOR, workOrderId: id });
    expect(suggestion).toMatchObject({
      leadUnitId: 'xt-yuhu-chengzheng',
      direct: true,
      facts: { street: '城正街街道' },
    });
    // the operator's street still wins when given
    const elsewhere = await harness.rpc.request(DispatchRpc.suggestion, {
      actor: OPERATOR,
      workOrderId: id,
      street: '雨湖路街道',
    });
    expect(elsewhere).toMatchObject({ direct: false, facts: { street: '雨湖路街道' } });
    const view = await harness.dispatch(id, { useSuggestion: true });
    expect(view).toMatchObject({ status: 'dispatched', leadUnitId: 'xt-yuhu-chengzheng' });
  });

  it('R15.5 dispatches to exactly one lead unit and its co-handling units, and refuses unknown units (422) or a co unit equal to the lead', async () => {
    const id = await harness.openWorkOrder({ category: '工程欠薪', district: '湘潭县' });
    await expect(
      harness.dispatch(id, { leadUnitId: 'xt-rsj', coUnitIds: ['xt-zjj', 'xt-nowhere'] }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('coUnitIds.1') },
    });
    await expect(harness.dispatch(id, { leadUnitId: 'xt-rsj', coUnitIds: ['xt-rsj'] })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R15.5') },
    });
    await expect(harness.dispatch(id, { coUnitIds: ['xt-zjj'] })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('leadUnitId') },
    });
    await expect(harness.dispatch(id, { leadUnitId: 'Not A Code' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('leadUnitId') },
    });
    expect((await harness.stateOf(id))?.status).toBe('awaiting-dispatch');

    const view: WorkOrderView = await harness.dispatch(id, {
      leadUnitId: 'xt-rsj',
      coUnitIds: ['xt-zjj', 'xt-xiangtanxian'],
    });
    expect(view).toMatchObject({
      status: 'dispatched',
      leadUnitId: 'xt-rsj',
      coUnitIds: ['xt-zjj', 'xt-xiangtanxian'],
    });
    expect(view.deadlines.sign).toBeDefined();
    const [assigned] = await harness.emitted(id, 'workorder.assigned');
    expect(assigned.payload.state).toMatchObject({
      assignment: { leadUnitId: 'xt-rsj', coUnitIds: ['xt-zjj', 'xt-xiangtanxian'] },
    });
  });

  it('lets one of two concurrent dispatches win; the other gets 409 and nothing is written twice', async () => {
    const id = await harness.openWorkOrder({ category: '物业管理', district: '岳塘区' });
    const results = await Promise.allSettled([
      harness.dispatch(id, { leadUnitId: 'xt-yuetang' }),
      harness.dispatch(id, { leadUnitId: 'xt-zjj' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(refused.reason).toMatchObject({ problem: { statusCode: 409, details: { writer: 'handling' } } });
    expect(await harness.emitted(id, 'workorder.assigned')).toHaveLength(1);
    expect(
      (await harness.rpc.request(DispatchRpc.assignments, { actor: OPERATOR, workOrderId: id })).items,
    ).toHaveLength(1);
  });

  it('answers 404 for an unknown work order and 403 when a unit asks about another unit’s work order', async () => {
    await expect(
      harness.rpc.request(DispatchRpc.suggestion, {
        actor: OPERATOR,
        workOrderId: '0190a4e2-0000-7000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 404 } });
    const id = await harness.openWorkOrder({ category: '路灯', district: '岳塘区' });
    await harness.dispatch(id, { useSuggestion: true });
    await expect(
      harness.rpc.request(DispatchRpc.suggestion, { actor: unitActor('xt-yuhu'), workOrderId: id }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(
      harness.rpc.request(DispatchRpc.listReturns, { actor: unitActor('xt-yuhu'), workOrderId: id }),
    ).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(
      harness.rpc.request(DispatchRpc.listReturns, { actor: unitActor('xt-cgj'), workOrderId: id }),
    ).resolves.toEqual({ items: [] });
  });

  it('keeps the unit directory and the dispatch catalogue as editable reference data, seeded once', async () => {
    const { items } = await harness.rpc.request(DispatchRpc.listUnits, {});
    expect(items.map((unit) => unit.id)).toEqual(
      expect.arrayContaining([
        'xt-yjj',
        'xt-wjw',
        'xt-gaj',
        'xt-yjld',
        'xt-yuhu',
        'xt-shaoshan',
        'xt-jiuhua',
        'xt-power',
        'xt-water',
        'xt-gjj',
      ]),
    );
    const streets = await harness.rpc.request(DispatchRpc.listUnits, { parentId: 'xt-yuhu' });
    expect(streets.items.every((unit) => unit.kind === 'township')).toBe(true);

    const edited = {
      id: 'xt-water',
      name: '湘潭市水务集团',
      kind: 'enterprise' as const,
      areas: ['湘潭市'],
      categories: ['供水'],
      contacts: { dutyPhone: '0731-00000000' },
    };
    await harness.rpc.request(DispatchRpc.saveUnit, { actor: ADMIN, mode: 'update', unit: edited });
    expect(await harness.app.get(DirectorySeeder).seed(new Date())).toBe(0);
    expect(await harness.rpc.request(DispatchRpc.getUnit, { id: 'xt-water' })).toMatchObject({
      name: '湘潭市水务集团',
      contacts: { dutyPhone: '0731-00000000' },
      statistics: { returnsRequested: 0 },
    });

    await expect(
      harness.rpc.request(DispatchRpc.saveUnit, { actor: ADMIN, mode: 'create', unit: edited }),
    ).rejects.toMatchObject({ problem: { statusCode: 409 } });
    await expect(
      harness.rpc.request(DispatchRpc.saveUnit, {
        actor: ADMIN,
        mode: 'create',
        unit: { ...edited, id: 'xt-yuhu-x', kind: 'township', parentId: 'xt-nowhere' },
      }),
    ).rejects.toMatchObject({ problem: { statusCode: 422 } });
    await expect(harness.rpc.request(DispatchRpc.getUnit, { id: 'xt-nowhere' })).rejects.toMatchObject({
      problem: { statusCode: 404 },
    });
  });

  it('R22.1 adds a rule to the catalogue that routing follows, and refuses a 接诉即办 rule to a district government (422)', async () => {
    const rule = {
      name: '占道经营（广场街道）',
      categories: ['占道经营'],
      districts: ['雨湖区'],
      leadUnitId: 'xt-yuhu',
      direct: true,
    };
    await expect(harness.rpc.request(DispatchRpc.createRoutingRule, { actor: ADMIN, rule })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R22.1') },
    });
    const created = await harness.rpc.request(DispatchRpc.createRoutingRule, {
      actor: ADMIN,
      rule: { ...rule, leadUnitId: 'xt-yuhu-guangchang', priority: 20 },
    });
    expect((await harness.rpc.request(DispatchRpc.listRoutingRules, {})).items.map((item) => item.id)).toContain(
      created.id,
    );

    const id = await harness.openWorkOrder({ category: '占道经营', district: '雨湖区' });
    expect(await harness.rpc.request(DispatchRpc.suggestion, { actor: OPERATOR, workOrderId: id })).toMatchObject({
      leadUnitId: 'xt-yuhu-guangchang',
      basis: { ruleId: created.id },
    });
  });
});
