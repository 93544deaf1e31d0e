import { bearer, beijingTime, eventually, Json, platformSuite, workOrderRequests } from '@hotline/testing';

/**
 * R26.1 the accountability register over HTTP against the built services: evidence the test creates through the
 * ordinary steps — a reply that says solved and contacted, a callback that says unsatisfied and not contacted; a return
 * the reviewer refuses; a caller read at night — beside an Art. 26(4) entry a supervisor records.
 */
describe('R26.1 the accountability register (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('accountability', {
    env: { HOTLINE_KNOWLEDGE_REMINDER_SWEEP_MS: '300', HOTLINE_CALLER_READ_BURST_COUNT: '3' },
    startAt: beijingTime('2026-03-02 09:00'),
  });
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const ADMIN = bearer(['admin'], 'ad-1');
  const lead = suite.unit(/^雨湖区/);
  const { call, step, at } = suite;
  const orders = workOrderRequests({ call, step }, OPERATOR);
  const signed = (content: string) =>
    orders.signedBy(lead, { content, caller: { name: '刘桂兰', phone: '13807325678' }, category: '环境卫生' });

  const register = (token: string, query = `unitId=${lead.id}&month=2026-03`) =>
    call('GET', `/api/v1/accountability?${query}`, token);

  it('R26.1 shows a reply the callback contradicts, a refused return, a caller read at night and a recorded (4) entry', async () => {
    // (3) the reply says solved and the caller contacted; the callback finds the caller unsatisfied and never contacted
    at('2026-03-02 10:00');
    const contradicted = await signed('韶山西路垃圾站臭味扰民');
    const wo = `/api/v1/work-orders/${contradicted}`;
    at('2026-03-03 10:00');
    const reply = await step(
      `${wo}/replies`,
      lead.token,
      {
        handledBy: '雨湖区城管执法大队 李明',
        handledAt: '2026-03-03T09:00:00+08:00',
        process: '现场处置',
        result: '已清理垃圾站',
        callerContacted: true,
        contactMethod: 'phone',
        outcome: 'solved',
      },
      201,
    );
    at('2026-03-03 11:00');
    await step(`${wo}/replies/${reply.id as string}/review`, REVIEWER, { pass: true }, 200);
    // (5) the unit reads the caller of an order that is done and no longer with it
    at('2026-03-03 14:00');
    expect((await call('GET', `${wo}/caller?reason=contact-caller`, lead.token)).status).toBe(200);
    at('2026-03-04 10:00');
    await step(
      `${wo}/callbacks`,
      REVIEWER,
      { satisfaction: 'unsatisfied', contacted: false, cause: 'unit', reason: '垃圾站依旧很臭，也没人联系过我' },
      200,
    );

    // (1) the unit asks to return an order of its own duty; the reviewer refuses
    at('2026-03-05 09:00');
    const refused = await signed('韶山西路人行道垃圾无人清扫');
    const returned = `/api/v1/work-orders/${refused}`;
    at('2026-03-05 10:00');
    const asked = await step(`${returned}/returns`, lead.token, { reason: '不属于本单位职责', basis: '三定方案' }, 201);
    at('2026-03-05 11:00');
    await step(
      `${returned}/returns/${asked.id as string}/decision`,
      REVIEWER,
      { approve: false, comment: '属于属地管理职责' },
      200,
    );

    // (5) the unit reads the caller in clear three times at 21:30: outside working hours, and a burst
    at('2026-03-05 21:30');
    for (let read = 0; read < 3; read++)
      expect((await call('GET', `${returned}/caller?reason=contact-caller`, lead.token)).status).toBe(200);

    // (2) a supervisor supervises the refused order and closes the case while the order is still being handled
    const opened = await call('POST', '/api/v1/supervision-cases', SUPERVISOR, {
      workOrderIds: [refused],
      trigger: 4,
      method: 'phone',
      source: '市政府交办',
    });
    expect(opened.status).toBe(201);
    const closed = await call('POST', `/api/v1/supervision-cases/${String(opened.body.id)}/close`, SUPERVISOR, {
      result: '单位答复将于下周处理',
    });
    expect(closed.status).toBe(200);

    // (4) a supervisor records the unit's rude handling, with evidence
    at('2026-03-06 10:00');
    const recorded = await call('POST', '/api/v1/accountability', SUPERVISOR, {
      unitId: lead.id,
      item: 4,
      workOrderId: refused,
      occurredAt: '2026-03-05T10:30:00+08:00',
      description: '承办人员电话中态度生硬，挂断诉求人电话',
      evidence: ['回访录音 2026-03-05 10:31', '诉求人书面陈述'],
    });
    expect(recorded).toMatchObject({ status: 201, body: { id: expect.any(String), unitId: lead.id, item: 4 } });

    const answer = await eventually(
      () => register(SUPERVISOR).then((a) => a.body),
      (body) =>
        body.refusedReturns?.total === 1 &&
        body.replyContradictions?.total === 1 &&
        body.unhandledAfterSupervision?.items?.[0]?.workOrderStatus === 'handling',
      30_000,
    );
    expect(answer.replyContradictions.items).toEqual([
      expect.objectContaining({
        workOrderId: contradicted,
        unitId: lead.id,
        kinds: ['contact', 'outcome'],
        reply: expect.objectContaining({ outcome: 'solved', callerContacted: true }),
        callback: expect.objectContaining({ satisfaction: 'unsatisfied', contacted: false, cause: 'unit' }),
      }),
    ]);
    expect(answer.refusedReturns.items).toEqual([
      expect.objectContaining({
        workOrderId: refused,
        unitId: lead.id,
        reason: '不属于本单位职责',
        refusedBy: 'rv-1',
        comment: '属于属地管理职责',
      }),
    ]);
    expect(answer.serviceConduct).toEqual({ total: 1, items: [recorded.body] });
    expect(answer.otherMisconduct).toEqual({ total: 0, items: [] });
    expect(answer.unhandledAfterSupervision.items).toEqual([
      expect.objectContaining({
        workOrderId: refused,
        unitId: lead.id,
        workOrderStatus: 'handling',
        caseId: opened.body.id,
        caseStatus: 'resolved',
        trigger: 4,
      }),
    ]);
    expect(answer.callerReads.available).toBe(true);
    const reads = (answer.callerReads.units as Json[]).find((unit) => unit.unitId === lead.id);
    expect(reads?.ofOrdersNotWorkedOn).toEqual([
      expect.objectContaining({ workOrderId: contradicted, workOrderStatus: 'completed' }),
    ]);
    const night = expect.objectContaining({
      workOrderId: refused,
      readAt: beijingTime('2026-03-05 21:30').toISOString(),
    });
    expect(reads?.outsideWorkingHours).toEqual([night, night, night]);
    expect(reads?.bursts).toEqual([expect.objectContaining({ readerId: `staff-of-${lead.id}`, reads: 3 })]);
    expect(reads?.reads).toBe(4);

    // the admin reads it too; another month is empty
    expect((await register(ADMIN)).status).toBe(200);
    const april = await register(SUPERVISOR, `unitId=${lead.id}&month=2026-04`);
    expect(april.body.replyContradictions).toEqual({ total: 0, items: [] });
  });

  it('R26.1 refuses a unit (403), checks the query and the record', async () => {
    at('2026-03-06 12:00');
    expect((await register(lead.token)).status).toBe(403);
    expect((await call('POST', '/api/v1/accountability', lead.token, {})).status).toBe(403);
    const badMonth = await register(SUPERVISOR, 'month=2026-13');
    expect(badMonth.status).toBe(400);
    expect(JSON.stringify(badMonth.body)).toContain('month');
    const noItem = await call('POST', '/api/v1/accountability', SUPERVISOR, {
      unitId: lead.id,
      item: 5,
      occurredAt: '2026-03-05T10:30:00+08:00',
      description: '泄露隐私',
      evidence: ['截图'],
    });
    expect(noItem.status).toBe(400);
    expect(JSON.stringify(noItem.body)).toContain('item');
    const unknownUnit = await call('POST', '/api/v1/accountability', SUPERVISOR, {
      unitId: 'no-such-unit',
      item: 7,
      occurredAt: '2026-03-05T10:30:00+08:00',
      description: '玩忽职守',
      evidence: ['记录'],
    });
    expect(unknownUnit.status).toBe(404);
  });

  it('R26.1 reminds the unit of its stale knowledge article once, and the register shows the reminder', async () => {
    at('2026-03-06 12:00');
    const written = (title: string, reviewBy: string) =>
      call('POST', '/api/v1/knowledge/articles', lead.token, {
        title,
        body: '每日清运两次：上午七点、下午五点。',
        keywords: ['垃圾站', '清运'],
        areas: ['雨湖区'],
        status: 'published',
        reviewBy,
      }).then((answer) => {
        expect(answer.status).toBe(201);
        return String(answer.body.id);
      });
    const articleId = await written('韶山西路垃圾站清运时间', '2026-03-09');
    const keptTill11th = await written('韶山西路公厕开放时间', '2026-03-11');
    at('2026-03-11 10:00');
    const reminders = await eventually(
      () =>
        register(SUPERVISOR).then((a) =>
          ((a.body.staleKnowledge?.items ?? []) as Json[]).filter((item) => item.articleId === articleId),
        ),
      (found) => found.length > 0,
      30_000,
    );
    expect(reminders).toEqual([
      expect.objectContaining({ articleId, unitId: lead.id, reviewBy: '2026-03-09', daysOverdue: 2 }),
    ]);
    // the next day's runs remind the article that became stale then, and not the first one a second time
    at('2026-03-12 10:00');
    const later = await eventually(
      () => register(SUPERVISOR).then((a) => a.body.staleKnowledge as { total: number; items: Json[] }),
      (section) => section.items.some((item) => item.articleId === keptTill11th),
      30_000,
    );
    expect(later.items.filter((item) => item.articleId === articleId)).toHaveLength(1);
    expect(later.items.filter((item) => item.articleId === keptTill11th)).toHaveLength(1);
  });
});
