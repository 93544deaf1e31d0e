import {
  bearer,
  beijingTime,
  eventually,
  Json,
  platformSuite,
  workOrderReads,
  workOrderRequests,
} from '@hotline/testing';

/**
 * One work order through the core loop of the regulation, over HTTP against the built services, with every
 * service's clock moved across National Day 2026 (国办发明电〔2025〕7号: 10-01 to 10-07 off, Saturday 10-10 worked).
 */
describe('a work order from intake to closing, across National Day 2026 (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('lifecycle', { startAt: beijingTime('2026-09-30 09:00') });
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const lead = suite.unit(/^雨湖区/);
  const co = suite.unit(/城市管理/);
  const other = suite.unit(/^岳塘区/);

  const { call, step, at } = suite;
  const orders = workOrderRequests({ call, step }, OPERATOR);

  const { view, timeline: timelineOf } = workOrderReads(suite, SUPERVISOR);

  it('R15.3 R16.1 R17.1 R17.2 R18.1 R19.1 R20.1 walks dispatch → sign → extension → reply → review failed → reply → passed → callback', async () => {
    at('2026-09-30 09:00');
    const created = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '周桂兰', phone: '13807321188' },
      content: '雨湖区广场东路人行道井盖松动，老人经过容易绊倒',
      type: 'complaint',
      location: { district: '雨湖区', address: '广场东路' },
    });
    expect(created.status).toBe(201);
    const id = created.body.workOrder.id as string;
    const wo = `/api/v1/work-orders/${id}`;

    at('2026-09-30 10:00');
    const dispatched = await step(`${wo}/dispatch`, OPERATOR, { leadUnitId: lead.id, coUnitIds: [co.id] }, 200);
    // R16.1: 1 working day after Wed 09-30 is Thu 10-08, the first working day after the holiday
    expect(dispatched).toMatchObject({
      status: 'dispatched',
      leadUnitId: lead.id,
      coUnitIds: [co.id],
      deadlines: { sign: { due: '2026-10-09T00:00:00+08:00', provisional: false } },
    });

    expect((await call('GET', wo, other.token)).status).toBe(403);
    // R14.3 the lead unit sees the caller masked, once intake knows the assignment; other units nothing
    const caller = `/api/v1/requests/${created.body.requestId as string}/caller`;
    const masked = await eventually(
      () => call('GET', caller, lead.token),
      (a) => a.status === 200,
    );
    expect(masked.body).toEqual({
      requestId: created.body.requestId,
      anonymous: false,
      view: 'masked',
      name: '周**',
      phone: '138****1188',
    });
    expect((await call('GET', caller, other.token)).status).toBe(403);

    at('2026-10-08 09:30');
    const signed = await step(`${wo}/sign`, lead.token, {}, 200);
    // R17.1: 5 working days after 10-08: 10-09, Sat 10-10 (make-up), 10-12, 10-13, 10-14; R16.2: return window 10-09, 10-10
    expect(signed).toMatchObject({
      status: 'handling',
      deadlines: { handling: { due: '2026-10-15T00:00:00+08:00' }, returnWindow: { due: '2026-10-11T00:00:00+08:00' } },
    });

    at('2026-10-12 10:00');
    const asked = await step(`${wo}/extensions`, lead.token, { workingDays: 3, reason: '井盖需更换，待供货' }, 201);
    const decided = await step(
      `${wo}/extensions/${asked.id as string}/decision`,
      REVIEWER,
      { approve: true, comment: '同意' },
      200,
    );
    // R17.2: 3 more working days after 10-14: 10-15, 10-16, Mon 10-19
    expect(decided).toMatchObject({
      status: 'handling',
      deadlines: { handling: { due: '2026-10-20T00:00:00+08:00' } },
    });
    const second = await call('POST', `${wo}/extensions`, lead.token, { workingDays: 1, reason: '再延一天' });
    expect(second.status).toBe(422);

    at('2026-10-16 15:00');
    const reply = {
      handledBy: '雨湖区城管执法大队 李明',
      handledAt: '2026-10-16T14:00:00+08:00',
      process: '现场查看并更换井盖',
      result: '已更换',
      callerContacted: true,
      contactMethod: 'phone',
      outcome: 'solved',
    };
    const firstReply = await step(`${wo}/replies`, lead.token, reply, 201);
    at('2026-10-17 10:00');
    const failed = await step(
      `${wo}/replies/${firstReply.id as string}/review`,
      REVIEWER,
      { pass: false, comment: '未附现场照片' },
      200,
    );
    // R19.1: back to the unit within the original (extended) limit
    expect(failed).toMatchObject({ status: 'handling', deadlines: { handling: { due: '2026-10-20T00:00:00+08:00' } } });

    at('2026-10-19 11:00');
    const secondReply = await step(
      `${wo}/replies`,
      lead.token,
      { ...reply, process: '现场更换井盖并拍照留存', handledAt: '2026-10-19T10:00:00+08:00' },
      201,
    );
    at('2026-10-19 16:00');
    expect(await step(`${wo}/replies/${secondReply.id as string}/review`, REVIEWER, { pass: true }, 200)).toMatchObject(
      { status: 'completed' },
    );

    at('2026-10-20 09:00');
    expect(await step(`${wo}/callbacks`, REVIEWER, { satisfaction: 'satisfied', contacted: true }, 200)).toMatchObject({
      status: 'closed',
    });

    const final = await view(id, (v) => v.status === 'closed');
    expect(final).toMatchObject({ number: created.body.workOrder.number, leadUnitId: lead.id, extensionsGranted: 1 });
    const timeline = await eventually(
      () => call('GET', `${wo}/timeline`, lead.token).then((a) => a.body.items as Json[]),
      (items) => items?.length === 10,
    );
    expect(timeline.map((item) => item.summary.step ?? item.type)).toEqual([
      'workorder.created',
      'dispatch',
      'sign',
      'request-extension',
      'approve-extension',
      'submit-reply',
      'fail-reply',
      'submit-reply',
      'pass-reply',
      'record-callback',
    ]);
    // R14.1: both versions of the reply are on the timeline, the failed one too
    const replies = timeline.filter((item) => item.summary.step === 'submit-reply').map((item) => item.summary.details);
    expect(replies.map((details: Json) => [details.process, details.handledAt])).toEqual([
      [reply.process, new Date(reply.handledAt).toISOString()],
      ['现场更换井盖并拍照留存', '2026-10-19T02:00:00.000Z'],
    ]);
    expect((await call('GET', `${wo}/timeline`, other.token)).status).toBe(403);
  });
  async function dispatchedTo(unitId: string, category: string): Promise<string> {
    at('2026-09-30 09:00');
    const id = await orders.recorded({
      channel: 'web',
      caller: { anonymous: true },
      content: '岳塘区书院路路灯连续三晚不亮',
      category,
      location: { district: '岳塘区', address: '书院路' },
    });
    at('2026-09-30 10:00');
    await orders.dispatch(id, unitId);
    return id;
  }

  it('R16.2 R16.3 a return inside the window, approved, is dispatched again to another unit; the returning unit no longer sees it', async () => {
    const id = await dispatchedTo(other.id, '路灯');
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-10-08 09:30');
    await step(`${wo}/sign`, other.token, {}, 200);
    at('2026-10-09 10:00');
    const asked = await step(
      `${wo}/returns`,
      other.token,
      { reason: '路灯由市城管局统一管护', basis: '《湘潭市城市照明管理办法》' },
      201,
    );
    expect(asked.workOrder).toMatchObject({ status: 'return-requested' });
    const decided = await step(
      `${wo}/returns/${asked.id as string}/decision`,
      REVIEWER,
      { approve: true, comment: '职责重新确定' },
      200,
    );
    expect(decided.status).toBe('dispatched');
    expect(decided.leadUnitId).not.toBe(other.id);
    const again = await view(id, (v) => v.status === 'dispatched' && v.leadUnitId !== other.id);
    // R16.1 counted from the new dispatch: 1 working day after Fri 10-09 is the make-up Saturday 10-10
    expect(again.deadlines.sign.due).toBe('2026-10-11T00:00:00+08:00');
    await eventually(
      () => call('GET', wo, other.token).then((a) => a.status),
      (status) => status === 403,
    );
  });

  it('R16.2 refuses a return after the 2-working-day window (422): the work order counts as signed', async () => {
    const id = await dispatchedTo(other.id, '路灯');
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-10-08 09:30');
    await step(`${wo}/sign`, other.token, {}, 200);
    at('2026-10-12 09:00'); // the window ended 10-10 24:00 (10-09, make-up Saturday 10-10)
    const late = await call('POST', `${wo}/returns`, other.token, { reason: '不属本单位职责', basis: '三定方案' });
    expect(late.status).toBe(422);
    expect((await view(id, (v) => v.status === 'handling')).status).toBe('handling');
  });
  it('R13.1 R14.2 records each of the nine rejection reasons with the basis told to the caller, on the work order and its timeline', async () => {
    for (let reasonCode = 1; reasonCode <= 9; reasonCode += 1) {
      const basis = `依据《湘潭市12345政务服务便民热线工作管理规定》第十三条第（${reasonCode}）项`;
      const created = await call('POST', '/api/v1/requests', OPERATOR, {
        channel: 'phone',
        caller: { anonymous: true },
        content: `来电人反映的事项（不予受理理由 ${reasonCode}）`,
        type: 'consultation',
        decision: { outcome: 'reject', reasonCode, basis },
      });
      expect(created.body).toMatchObject({ outcome: 'reject', workOrder: { status: 'rejected' } });
      const id = created.body.workOrder.id as string;
      expect(await view(id, (v) => v.status === 'rejected')).toMatchObject({ rejection: { reasonCode, basis } });
      // R13.1(5), R10.1: an emergency goes to the line whose agreed list takes it; this one names no category, so
      // the operator is alerted on the timeline to transfer it by hand, never silently left
      const expected = ['workorder.created', 'workorder.rejected'];
      if (reasonCode === 5) expected.push('linkage.transfer-unacknowledged');
      const timeline = await timelineOf(id, (items) => items.length === expected.length);
      expect(timeline.map((item) => item.type)).toEqual(expected);
      expect(timeline[1]!.summary).toMatchObject({ reasonCode, basis });
      if (reasonCode === 5)
        expect(timeline[2]!.summary).toMatchObject({ status: 'unrouted', cause: 'NO_PARTNER_LINE' });
    }
  });
});
