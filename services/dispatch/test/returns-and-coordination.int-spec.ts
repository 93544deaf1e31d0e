import { DispatchRpc, HandlingRpc, ReturnView } from '@hotline/contracts';
import { eventually } from '@hotline/testing';
import { DispatchHarness, OPERATOR, REVIEWER, SUPERVISOR, unitActor } from './support/dispatch-harness';

const RETURN = {
  event: 'request-return' as const,
  reason: '不属于本单位职责',
  basis: '《湘潭市物业管理条例》规定由住建部门监管',
};

describe('dispatch reviews returns and coordinates difficult matters (real Postgres and NATS)', () => {
  let harness: DispatchHarness;

  beforeAll(async () => {
    harness = await DispatchHarness.start('dispatch-returns');
  });

  afterAll(async () => {
    await harness?.close();
  });

  const returnsOf = (workOrderId: string, actor = REVIEWER) =>
    harness.rpc.request(DispatchRpc.listReturns, { actor, workOrderId });
  const decideReturn = (workOrderId: string, returnId: string, decision: Record<string, unknown>, actor = REVIEWER) =>
    harness.rpc.request(DispatchRpc.decideReturn, { actor, workOrderId, returnId, decision: decision as never });

  /** Dispatched to `unitId`, signed and asked back by that unit in handling; resolves with the return request. */
  async function returnedBy(
    unitId: string,
    facts: Parameters<DispatchHarness['openWorkOrder']>[0],
    body: Record<string, unknown>,
  ): Promise<{ id: string; request: ReturnView }> {
    const id = await harness.openWorkOrder(facts);
    await harness.dispatch(id, body);
    await harness.unitTakes(id, unitId, { event: 'sign' }, RETURN);
    const { items } = await eventually(
      () => returnsOf(id),
      (list) => list.items.length === 1,
    );
    const state = await harness.stateOf(id);
    expect(state?.status).toBe('return-requested');
    // the id handling answered the unit with: the work order and the version its request created
    expect(items[0]).toMatchObject({
      id: `${id}:${state?.version}`,
      unitId,
      reason: RETURN.reason,
      basis: RETURN.basis,
    });
    return { id, request: items[0] };
  }

  it('R16.3 approves a return and dispatches again at once, never to the returning unit, announcing the new assignment', async () => {
    const { id, request } = await returnedBy(
      'xt-yuhu',
      { category: '物业管理', district: '雨湖区' },
      { useSuggestion: true },
    );
    const view = await decideReturn(id, request.id, { approve: true, comment: '职责重新确定' });

    expect(view).toMatchObject({ status: 'dispatched', leadUnitId: 'xt-zjj' });
    expect(await harness.emitted(id, 'workorder.return-approved')).toHaveLength(1);
    const assigned = await harness.emitted(id, 'workorder.assigned');
    expect(assigned).toHaveLength(2);
    const again = assigned[1];
    expect(again.actor).toMatchObject({ kind: 'system' });
    expect(again.payload.details).toMatchObject({ leadUnitId: 'xt-zjj', redispatch: true });
    expect(again.payload.details.leadUnitId).not.toBe('xt-yuhu');
    expect(again.payload.details.coUnitIds).not.toContain('xt-yuhu');

    expect((await returnsOf(id)).items[0]).toMatchObject({
      decision: 'approved',
      reviewerId: 'rv-1',
      redispatchedTo: 'xt-zjj',
      comment: '职责重新确定',
    });
    expect(await harness.rpc.request(DispatchRpc.unitStatistics, { id: 'xt-yuhu' })).toMatchObject({
      returnsRequested: 1,
      returnsApproved: 1,
      returnsRejected: 0,
    });
    const { items } = await harness.rpc.request(DispatchRpc.assignments, { actor: OPERATOR, workOrderId: id });
    expect(items.map((item) => [item.dispatchNo, item.leadUnitId, item.via])).toEqual([
      [1, 'xt-yuhu', 'dispatch'],
      [2, 'xt-zjj', 'return-redispatch'],
    ]);
    // the returning unit still sees its return, the new lead sees the work order
    await expect(returnsOf(id, unitActor('xt-yuhu'))).resolves.toMatchObject({ items: [{ id: request.id }] });
    await expect(decideReturn(id, request.id, { approve: false })).rejects.toMatchObject({
      problem: { statusCode: 409 },
    });
  });

  it('records a return request once when its event is delivered again (replay)', async () => {
    const id = await harness.openWorkOrder({ category: '路灯', district: '雨湖区' });
    await harness.dispatch(id, { leadUnitId: 'xt-cgj' });
    const [, returnEventId] = await harness.unitTakes(id, 'xt-cgj', { event: 'sign' }, RETURN);
    await eventually(
      () => returnsOf(id),
      (list) => list.items.length === 1,
    );
    await harness.replay(returnEventId);
    const version = (await harness.stateOf(id))?.version;
    expect((await returnsOf(id)).items).toEqual([
      expect.objectContaining({ id: `${id}:${version}`, unitId: 'xt-cgj' }),
    ]);
    expect((await harness.stateOf(id))?.status).toBe('return-requested');
  });

  it('R16.3 re-dispatches to the unit the reviewer names, and refuses the returning unit (422)', async () => {
    const { id, request } = await returnedBy(
      'xt-cgj',
      { category: '路灯', district: '岳塘区' },
      { useSuggestion: true },
    );
    const decide = (decision: Record<string, unknown>) => decideReturn(id, request.id, decision);
    await expect(decide({ approve: true, leadUnitId: 'xt-cgj' })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R16.3') },
    });
    expect((await harness.stateOf(id))?.status).toBe('return-requested');
    await expect(
      decide({ approve: true, leadUnitId: 'xt-yuetang-shuyuanlu', coUnitIds: ['xt-power'] }),
    ).resolves.toMatchObject({ status: 'dispatched', leadUnitId: 'xt-yuetang-shuyuanlu', coUnitIds: ['xt-power'] });
  });

  it('R16.3 leaves an approved return awaiting the operator when routing finds no other unit', async () => {
    const { id, request } = await returnedBy('xt-cgj', { category: '其他' }, { leadUnitId: 'xt-cgj' });
    const view = await decideReturn(id, request.id, { approve: true });
    expect(view).toMatchObject({ status: 'awaiting-dispatch' });
    expect(view.leadUnitId).toBeUndefined();
    expect(await harness.emitted(id, 'workorder.assigned')).toHaveLength(1);
    await expect(harness.dispatch(id, { leadUnitId: 'xt-yuhu' })).resolves.toMatchObject({
      status: 'dispatched',
      leadUnitId: 'xt-yuhu',
    });
  });

  it('R16.3 rejects a return: the unit goes on handling it', async () => {
    const { id, request } = await returnedBy(
      'xt-cgj',
      { category: '路灯', district: '湘乡市' },
      { useSuggestion: true },
    );
    await expect(decideReturn(id, request.id, { approve: false }, OPERATOR)).rejects.toMatchObject({
      problem: { statusCode: 403 },
    });
    const view = await decideReturn(id, request.id, { approve: false, comment: '属于本单位职责' });
    expect(view).toMatchObject({ status: 'handling', leadUnitId: 'xt-cgj', returnRequest: { decision: 'rejected' } });
    expect(await harness.emitted(id, 'workorder.return-rejected')).toHaveLength(1);
    expect((await returnsOf(id)).items[0]).toMatchObject({ decision: 'rejected', reviewerId: 'rv-1' });
    expect(await harness.rpc.request(DispatchRpc.unitStatistics, { id: 'xt-cgj' })).toMatchObject({
      returnsRejected: 1,
    });
  });

  it('R21.1 raises a difficult matter, escalates it to the city government and assigns the unit it named', async () => {
    const id = await harness.openWorkOrder({ category: '河道垃圾', district: '九华示范区' });
    const raise = (actor = OPERATOR) =>
      harness.rpc.request(DispatchRpc.raiseDifficulty, {
        actor,
        workOrderId: id,
        difficulty: { kind: 'unclear-duty', note: '水利与城管职责交叉' },
      });
    await expect(raise(unitActor('xt-jiuhua'))).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(raise()).resolves.toMatchObject({
      status: 'coordinating',
      difficulty: { kind: 'unclear-duty', level: 'office' },
    });
    await expect(raise()).rejects.toMatchObject({ problem: { statusCode: 409 } });

    const decide = (decision: Record<string, unknown>, actor = SUPERVISOR) =>
      harness.rpc.request(DispatchRpc.decideCoordination, { actor, workOrderId: id, decision: decision as never });
    await expect(decide({ action: 'escalate' }, OPERATOR)).rejects.toMatchObject({ problem: { statusCode: 403 } });
    await expect(decide({ action: 'assign' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('leadUnitId') },
    });
    await expect(decide({ action: 'escalate', note: '市热线信箱办无法确定' })).resolves.toMatchObject({
      status: 'escalated',
      difficulty: { level: 'city-government' },
    });
    const view = await decide({
      action: 'assign',
      leadUnitId: 'xt-jiuhua',
      coUnitIds: ['xt-cgj'],
      note: '市人民政府指定',
    });
    expect(view).toMatchObject({ status: 'dispatched', leadUnitId: 'xt-jiuhua', coUnitIds: ['xt-cgj'] });

    const [assigned] = await harness.emitted(id, 'workorder.assigned-by-coordination');
    expect(assigned.payload.details).toMatchObject({ leadUnitId: 'xt-jiuhua', via: 'city-government-coordination' });
    const { items } = await harness.rpc.request(DispatchRpc.assignments, { actor: OPERATOR, workOrderId: id });
    expect(items).toEqual([expect.objectContaining({ leadUnitId: 'xt-jiuhua', via: 'city-government-coordination' })]);
    const [matter] = await harness.db.query(
      'SELECT kind, level, assigned_unit_id, resolved_by FROM dispatch.difficult_matters WHERE work_order_id = $1',
      [id],
    );
    expect(matter).toEqual({
      kind: 'unclear-duty',
      level: 'city-government',
      assigned_unit_id: 'xt-jiuhua',
      resolved_by: 'sv-1',
    });
  });

  it('R21.1 answers 409 naming handling as the writer for a work order handling owns, which the gateway forwards there', async () => {
    const id = await harness.openWorkOrder({ category: '路灯', district: '韶山市' });
    await harness.dispatch(id, { useSuggestion: true });
    const message = {
      actor: unitActor('xt-cgj'),
      workOrderId: id,
      difficulty: { kind: 'unclear-jurisdiction' as const },
    };
    await expect(harness.rpc.request(DispatchRpc.raiseDifficulty, message)).rejects.toMatchObject({
      problem: { statusCode: 409, details: { status: 'dispatched', writer: 'handling' } },
    });
    expect(HandlingRpc.raiseDifficulty.subject).toBe('hotline.rpc.handling.work-orders.raise-difficulty.v1');
  });

  it('R21.1 takes over a difficult matter handling raised, and the office names the unit', async () => {
    const id = await harness.openWorkOrder({ category: '路灯', district: '韶山市' });
    await harness.dispatch(id, { useSuggestion: true });
    await harness.unitTakes(id, 'xt-cgj', {
      event: 'raise-difficulty',
      kind: 'unclear-jurisdiction',
      note: '韶山市辖区道路',
    });
    expect((await harness.stateOf(id))?.status).toBe('coordinating');
    const view = await harness.rpc.request(DispatchRpc.decideCoordination, {
      actor: SUPERVISOR,
      workOrderId: id,
      decision: { action: 'assign', leadUnitId: 'xt-shaoshan' },
    });
    expect(view).toMatchObject({ status: 'dispatched', leadUnitId: 'xt-shaoshan' });
    const [matter] = await harness.db.query(
      'SELECT kind, level, assigned_unit_id FROM dispatch.difficult_matters WHERE work_order_id = $1',
      [id],
    );
    expect(matter).toEqual({ kind: 'unclear-jurisdiction', level: 'office', assigned_unit_id: 'xt-shaoshan' });
  });
});
