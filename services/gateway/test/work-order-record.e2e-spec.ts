import { bearer, beijingTime, Json, platformSuite, workOrderReads, workOrderRequests } from '@hotline/testing';

/**
 * The rest of the record (R14.1) over HTTP against the built services: co units' contributions on the timeline,
 * the caller told of an extension, the reply checked against the callback, plan dates, difficult matters after
 * signing, and what only the lead unit may do. Weeks of November 2026 without holidays.
 */
describe('the rest of the work-order record (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('record', { startAt: beijingTime('2026-11-02 09:00') });
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const lead = suite.unit(/^雨湖区/);
  const co = suite.unit(/城市管理/);
  const other = suite.unit(/^岳塘区/);

  const { call, step, at } = suite;
  const { view, timeline } = workOrderReads(suite, SUPERVISOR);
  const stepOf = (items: Json[], name: string) => items.find((item) => item.summary?.step === name);

  const orders = workOrderRequests({ call, step }, OPERATOR);

  /** A complaint dispatched Mon 2026-11-02 to the lead unit with a co unit, signed by the lead unit at 11:00. */
  async function dispatched(): Promise<string> {
    at('2026-11-02 09:00');
    const id = await orders.recorded({
      caller: { name: '刘建国', phone: '13907320011' },
      content: '雨湖区建设路口餐馆油烟直排，占道经营',
      location: { district: '雨湖区', address: '建设路' },
    });
    at('2026-11-02 10:00');
    await orders.dispatch(id, lead.id, [co.id]);
    return id;
  }

  async function signed(): Promise<string> {
    const id = await dispatched();
    at('2026-11-02 11:00');
    await orders.sign(id, lead);
    return id;
  }

  const REPLY = {
    handledBy: '雨湖区城管执法大队 赵强',
    handledAt: '2026-11-03T14:00:00+08:00',
    process: '现场约谈商户，责令整改',
    result: '已加装油烟净化器',
    callerContacted: true,
    contactMethod: 'phone',
    outcome: 'solved',
  };

  /** Replied (the caller contacted, says the unit), passed, and called back at Wed 11-04 10:00. */
  async function calledBack(callback: Json): Promise<string> {
    const id = await signed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-11-03 15:00');
    const reply = await step(`${wo}/replies`, lead.token, REPLY, 201);
    at('2026-11-03 17:00');
    await step(`${wo}/replies/${reply.id as string}/review`, REVIEWER, { pass: true }, 200);
    at('2026-11-04 10:00');
    await step(`${wo}/callbacks`, REVIEWER, callback, 200);
    return id;
  }

  it('R15.5 R14.1 a co unit sees its order, contributes, and its contribution appears on the timeline; the reply names the units', async () => {
    const id = await signed();
    const wo = `/api/v1/work-orders/${id}`;
    expect((await view(id, (v) => v.status === 'handling', co.token)).coUnitIds).toEqual([co.id]);
    const listed = await call('GET', '/api/v1/work-orders', co.token);
    expect((listed.body.items as Json[]).map((item) => item.id)).toContain(id);

    at('2026-11-03 10:00');
    const contribution = {
      ...REPLY,
      handledBy: '市城市管理和综合执法局 孙丽',
      result: '占道桌椅已清理',
      callerContacted: false,
    };
    const contributed = await step(`${wo}/replies`, co.token, contribution, 201);
    expect(contributed).toMatchObject({ kind: 'contribution', workOrder: { status: 'handling' } });

    const items = await timeline(
      id,
      (list) => list.some((item) => item.type === 'workorder.co-unit-contributed'),
      lead.token,
    );
    const entry = items.find((item) => item.type === 'workorder.co-unit-contributed')!;
    expect(entry).toMatchObject({
      actor: { unitId: co.id },
      summary: {
        contributionId: contributed.id,
        unitId: co.id,
        handledBy: '市城市管理和综合执法局 孙丽',
        result: '占道桌椅已清理',
      },
    });
    expect(items.map((item) => item.summary?.step ?? item.type)).toEqual([
      'workorder.created',
      'dispatch',
      'sign',
      'workorder.co-unit-contributed',
    ]);

    at('2026-11-03 15:00');
    await step(`${wo}/replies`, lead.token, REPLY, 201);
    const replied = await view(id, (v) => v.status === 'replied');
    expect(replied.reply).toMatchObject({ leadUnitId: lead.id, coUnitIds: [co.id], result: '已加装油烟净化器' });
    expect((await call('GET', wo, other.token)).status).toBe(403);
  });

  it('R15.5 a co unit gets 403 saying only the lead unit may sign, return, ask for an extension or appeal', async () => {
    const id = await dispatched();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-11-02 10:30');
    const sign = await step(`${wo}/sign`, co.token, {}, 403);
    expect(sign.message).toMatch(/only the lead unit \(牵头单位\) may sign/);
    at('2026-11-02 11:00');
    await step(`${wo}/sign`, lead.token, {}, 200);
    at('2026-11-02 14:00');
    const returned = await step(`${wo}/returns`, co.token, { reason: '不属本单位职责', basis: '三定方案' }, 403);
    expect(returned.message).toMatch(/only the lead unit .* may request return/);
    const extension = await step(`${wo}/extensions`, co.token, { workingDays: 2, reason: '需协调' }, 403);
    expect(extension.message).toMatch(/only the lead unit .* may request extension/);
    const untouched = await call('GET', wo, SUPERVISOR);
    expect(untouched.body).toMatchObject({ status: 'handling', extensionsGranted: 0 });
    expect(untouched.body.returnRequest).toBeUndefined();
    expect(untouched.body.extension).toBeUndefined();

    const unsatisfied = await calledBack({
      satisfaction: 'unsatisfied',
      reason: '来电人说路灯仍不亮',
      contacted: true,
      cause: 'policy',
    });
    at('2026-11-04 15:00');
    const appeal = await step(
      `/api/v1/work-orders/${unsatisfied}/appeals`,
      co.token,
      { reason: '政策限制', evidence: '《湘潭市市容管理办法》' },
      403,
    );
    expect(appeal.message).toMatch(/only the lead unit .* may request appeal/);
    expect((await view(unsatisfied, (v) => v.status === 'unsatisfied')).appeal).toBeUndefined();
  });

  it('R17.2 the lead unit records when it told the caller of the approved extension; shown on the view and the timeline', async () => {
    const id = await signed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-11-05 10:00');
    const asked = await step(`${wo}/extensions`, lead.token, { workingDays: 3, reason: '需供电部门配合' }, 201);
    at('2026-11-05 15:00');
    await step(`${wo}/extensions/${asked.id as string}/decision`, REVIEWER, { approve: true }, 200);
    const informed = `${wo}/extensions/${asked.id as string}/caller-informed`;

    at('2026-11-06 09:00');
    const future = await step(informed, lead.token, { informedAt: '2026-11-06T09:30:00+08:00', method: 'phone' }, 422);
    expect(future).toMatchObject({ details: { field: 'informedAt' } });
    const beforeApproval = await call('POST', informed, lead.token, {
      informedAt: '2026-11-05T14:00:00+08:00',
      method: 'phone',
    });
    expect(beforeApproval).toMatchObject({ status: 422, body: { details: { field: 'informedAt' } } });
    const fromCo = await call('POST', informed, co.token, { informedAt: '2026-11-05T16:00:00+08:00', method: 'phone' });
    expect(fromCo.status).toBe(403);
    expect(fromCo.body.message).toMatch(/only the lead unit/);
    expect(
      (
        await call('POST', `${wo}/extensions/${id}:1/caller-informed`, lead.token, {
          informedAt: '2026-11-05T16:00:00+08:00',
          method: 'phone',
        })
      ).status,
    ).toBe(404);
    expect((await call('POST', informed, lead.token, { informedAt: 'yesterday', method: 'phone' })).status).toBe(400);

    const recorded = await call('POST', informed, lead.token, {
      informedAt: '2026-11-05T16:20:00+08:00',
      method: 'phone',
    });
    expect(recorded.status).toBe(200);
    const callerInformed = {
      informedAt: '2026-11-05T08:20:00.000Z',
      method: 'phone',
      recordedAt: '2026-11-06T01:00:00.000Z',
    };
    expect(recorded.body).toMatchObject({ status: 'handling', extension: { decision: 'approved', callerInformed } });
    expect(
      (await call('POST', informed, lead.token, { informedAt: '2026-11-05T17:00:00+08:00', method: 'sms' })).status,
    ).toBe(422);

    expect((await view(id, (v) => v.extension?.callerInformed !== undefined)).extension.callerInformed).toEqual(
      callerInformed,
    );
    const items = await timeline(id, (list) => stepOf(list, 'record-caller-informed') !== undefined);
    expect(stepOf(items, 'record-caller-informed')!.summary).toMatchObject({
      requirements: ['R17.2'],
      details: { informedAt: '2026-11-05T08:20:00.000Z', method: 'phone' },
    });
  });

  it('R18.1 R20.1 R26.1 the reply/callback contradiction is flagged (Art. 26(3)): on the view and the timeline', async () => {
    const id = await calledBack({ satisfaction: 'satisfied', contacted: false });
    const flagged = await view(id, (v) => v.status === 'closed');
    expect(flagged.contactContradiction).toMatchObject({
      replyCallerContacted: true,
      callbackContacted: false,
      callbackRecordedAt: '2026-11-04T02:00:00.000Z',
      requirements: ['R18.1', 'R20.1', 'R26.1'],
    });
    const items = await timeline(id, (list) => stepOf(list, 'record-callback') !== undefined);
    expect(stepOf(items, 'record-callback')!.summary.details).toMatchObject({
      contacted: false,
      contactContradiction: { replyCallerContacted: true, callbackContacted: false },
    });

    const agreed = await calledBack({ satisfaction: 'satisfied', contacted: true });
    expect((await view(agreed, (v) => v.status === 'closed')).contactContradiction).toBeUndefined();
  });

  it('R18.2 a plan date that is not in the future is refused (422 naming planDate); a malformed one is 400', async () => {
    const id = await signed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-11-03 15:00');
    const plan = { ...REPLY, outcome: 'plan', plan: '纳入明年背街小巷改造' };
    const past = await step(`${wo}/replies`, lead.token, { ...plan, planDate: '2026-11-02' }, 422);
    expect(past).toMatchObject({ details: { requirement: 'R18.2', field: 'planDate' } });
    expect(past.message).toMatch(/planDate/);
    expect((await call('POST', `${wo}/replies`, lead.token, { ...plan, planDate: '2026-11-03' })).status).toBe(422);
    const malformed = await call('POST', `${wo}/replies`, lead.token, { ...plan, planDate: 'next spring' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('planDate');
    expect((await view(id, (v) => v.status === 'handling')).reply).toBeUndefined();
    expect(await step(`${wo}/replies`, lead.token, { ...plan, planDate: '2027-03-31' }, 201)).toMatchObject({
      workOrder: { status: 'replied', reply: { planDate: '2027-03-31' } },
    });
  });

  it('R21.1 the lead unit raises a difficult matter after signing; the office names the unit', async () => {
    const id = await signed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-11-03 09:00');
    const fromCo = await step(`${wo}/coordination`, co.token, { kind: 'unclear-duty' }, 403);
    expect(fromCo.message).toMatch(/only the lead unit/);
    const raised = await step(
      `${wo}/coordination`,
      lead.token,
      { kind: 'unclear-duty', note: '油烟治理涉及生态环境局与城管局职责交叉' },
      200,
    );
    expect(raised).toMatchObject({ status: 'coordinating', difficulty: { kind: 'unclear-duty', level: 'office' } });
    const items = await timeline(id, (list) => stepOf(list, 'raise-difficulty') !== undefined);
    expect(stepOf(items, 'raise-difficulty')!.summary).toMatchObject({
      from: 'handling',
      to: 'coordinating',
      requirements: ['R21.1'],
      details: { previousLeadUnitId: lead.id },
    });

    at('2026-11-03 14:00');
    const assigned = await step(
      `${wo}/coordination/decision`,
      SUPERVISOR,
      { action: 'assign', leadUnitId: other.id },
      200,
    );
    expect(assigned).toMatchObject({ status: 'dispatched', leadUnitId: other.id });
  });
});
