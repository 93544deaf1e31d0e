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
 * Art. 20 over HTTP against the built services: every finished order is called back (全面回访), an unsatisfied
 * result is appealable by the lead unit whatever cause was recorded and closes after the appeal window, and one
 * answered online goes back to the operator. The appeal window is 2 working days here, the sweep runs often.
 */
describe('callbacks and appeals (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('callbacks-appeals', {
    env: { HOTLINE_APPEAL_WINDOW_WORKING_DAYS: '2', HOTLINE_UNSATISFIED_SWEEP_MS: '300' },
    startAt: beijingTime('2026-03-02 09:00'),
  });
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const lead = suite.unit(/^雨湖区/);
  const co = suite.unit(/城市管理/);

  const { call, step, at } = suite;
  const orders = workOrderRequests({ call, step }, OPERATOR);
  const { view, timelineSteps } = workOrderReads(suite, SUPERVISOR);
  const dueQueue = () => call('GET', '/api/v1/callbacks?status=due&limit=200', REVIEWER);

  async function closedOnline(content: string): Promise<string> {
    const created = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { anonymous: true },
      content,
      type: 'consultation',
      decision: { outcome: 'close-online', articleId: 'kb-water-bill' },
    });
    expect(created.body).toMatchObject({ outcome: 'close-online', workOrder: { status: 'closed-online' } });
    return created.body.workOrder.id as string;
  }

  /** A complaint dispatched to the lead and co unit, signed, replied and passed: done, awaiting its callback. */
  async function completed(): Promise<string> {
    at('2026-03-02 09:00');
    const id = await orders.recorded({ content: '雨湖区韶山西路小区门口垃圾堆积多日无人清运' });
    await orders.dispatch(id, lead.id, [co.id]);
    at('2026-03-02 10:00');
    await orders.sign(id, lead);
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-03-03 15:00');
    const reply = {
      handledBy: '雨湖区城管执法大队 李明',
      handledAt: '2026-03-03T14:00:00+08:00',
      process: '现场清运',
      result: '已清运完毕',
      callerContacted: true,
      contactMethod: 'phone',
      outcome: 'solved',
    };
    const replied = await step(`${wo}/replies`, lead.token, reply, 201);
    at('2026-03-03 16:00');
    expect(await step(`${wo}/replies/${replied.id as string}/review`, REVIEWER, { pass: true }, 200)).toMatchObject({
      status: 'completed',
    });
    return id;
  }

  it('R20.1 a closed-online order appears in the callback queue with its due date and takes a callback', async () => {
    at('2026-03-02 09:00');
    const id = await closedOnline('咨询水费账单怎么查询');
    const queue = await eventually(
      dueQueue,
      (a) => (a.body.items as Json[] | undefined)?.some((item) => item.workOrderId === id) === true,
      20_000,
    );
    // three working days (the default) after Mon 03-02: Thu 03-05
    expect(queue.body.items.find((item: Json) => item.workOrderId === id)).toMatchObject({
      status: 'closed-online',
      finishedAs: 'closed-online',
      callbackDue: { due: '2026-03-06T00:00:00+08:00', lastDay: '2026-03-05', workingDays: 3 },
      overdue: false,
    });
    expect((await call('GET', '/api/v1/callbacks?status=due', OPERATOR)).status).toBe(403);
    const openapi = (await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json()) as Json;
    expect(openapi.paths['/api/v1/callbacks'].get.parameters.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(['status', 'limit', 'cursor']),
    );

    at('2026-03-03 10:00');
    const called = await step(
      `/api/v1/work-orders/${id}/callbacks`,
      REVIEWER,
      { satisfaction: 'satisfied', contacted: true },
      200,
    );
    expect(called).toMatchObject({ status: 'closed', callback: { satisfaction: 'satisfied' } });
    expect((await dueQueue()).body.items.map((item: Json) => item.workOrderId)).not.toContain(id);
    await view(id, (v) => v.status === 'closed');
  });

  it('R20.1 a closed-online order called back unsatisfied goes back to the operator and can be dispatched', async () => {
    at('2026-03-02 09:00');
    const id = await closedOnline('咨询水费为什么比上月高很多');
    at('2026-03-03 10:00');
    const withoutReason = { satisfaction: 'unsatisfied', contacted: true, cause: 'policy' };
    const refused = await eventually(
      () => call('POST', `/api/v1/work-orders/${id}/callbacks`, REVIEWER, withoutReason),
      (a) => ![404, 409].includes(a.status),
      20_000,
    );
    expect(refused).toMatchObject({ status: 422, body: { message: expect.stringContaining('reason') } });
    const called = await step(
      `/api/v1/work-orders/${id}/callbacks`,
      REVIEWER,
      { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause: 'policy' },
      200,
    );
    expect(called).toMatchObject({ status: 'reopened', statusName: expect.stringContaining('话务员') });
    const reopened = await eventually(
      () => call('GET', `/api/v1/work-orders/${id}`, OPERATOR).then((a) => a.body),
      (v) => v.status === 'reopened',
      20_000,
    );
    expect(reopened.nextSteps).toEqual(expect.arrayContaining(['accept-for-dispatch', 'answer-callback']));
    expect(
      (await call('GET', '/api/v1/work-orders?status=reopened', OPERATOR)).body.items.map((item: Json) => item.id),
    ).toContain(id);

    at('2026-03-03 11:00');
    const dispatched = await step(`/api/v1/work-orders/${id}/dispatch`, OPERATOR, { leadUnitId: lead.id }, 200);
    expect(dispatched).toMatchObject({ status: 'dispatched', leadUnitId: lead.id });
    await view(id, (v) => v.status === 'dispatched');
  });

  it('R20.1 R15.2 a reopened order may instead be answered again by the operator, and awaits its callback again', async () => {
    at('2026-03-02 09:00');
    const id = await closedOnline('咨询水表更换要不要收费');
    at('2026-03-03 10:00');
    await step(
      `/api/v1/work-orders/${id}/callbacks`,
      REVIEWER,
      { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause: 'policy' },
      200,
    );
    await view(id, (v) => v.status === 'reopened');
    at('2026-03-03 15:00');
    const answered = await step(
      `/api/v1/work-orders/${id}/online-answer`,
      OPERATOR,
      { answer: '经与水务集团核实，户表更换不收费，已电话告知' },
      200,
    );
    expect(answered).toMatchObject({
      status: 'closed-online',
      onlineClosure: { via: 'callback', answer: '经与水务集团核实，户表更换不收费，已电话告知' },
    });
    await eventually(
      dueQueue,
      (a) => (a.body.items as Json[] | undefined)?.some((item) => item.workOrderId === id) === true,
      20_000,
    );
  });

  it('R20.2 R20.3 a unit appeals a result blamed on the unit; approved, the result is excluded and the re-handling ends', async () => {
    const id = await completed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-03-04 09:00');
    const called = await step(
      `${wo}/callbacks`,
      REVIEWER,
      { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: true, cause: 'unit' },
      200,
    );
    // two working days after Wed 03-04: Fri 03-06
    expect(called).toMatchObject({
      status: 'rehandling',
      callback: { cause: 'unit', appealWindow: { lastDay: '2026-03-06' } },
    });

    at('2026-03-05 10:00');
    const body = { reason: '诉求人反映情况不属实：垃圾已于3日清运', evidence: '清运前后现场照片及环卫作业记录' };
    const byCo = await step(`${wo}/appeals`, co.token, body, 403);
    expect(byCo.message).toMatch(/lead unit/);
    // a blank reason is empty at the input boundary: 400 naming it
    expect(await call('POST', `${wo}/appeals`, lead.token, { reason: '  ', evidence: '照片' })).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('reason') },
    });
    const appeal = await step(`${wo}/appeals`, lead.token, body, 201);
    expect(appeal.workOrder).toMatchObject({ status: 'appeal-requested', appeal: { during: 'rehandling' } });

    at('2026-03-05 15:00');
    const decided = await step(
      `${wo}/appeals/${appeal.id as string}/decision`,
      REVIEWER,
      { approve: true, comment: '情况属实' },
      200,
    );
    expect(decided).toMatchObject({ status: 'closed', excludedFromAssessment: true, appeal: { decision: 'approved' } });
    const final = await view(id, (v) => v.status === 'closed');
    expect(final).toMatchObject({
      excludedFromAssessment: true,
      appeal: { decision: 'approved' },
      callback: { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', cause: 'unit' },
    });
    const steps = await timelineSteps(id, (s) => s.includes('approve-appeal'));
    expect(steps.slice(-3)).toEqual(['record-callback', 'request-appeal', 'approve-appeal']);
    // the re-handling ended: the unit's task list says so, and nothing is left for it to reply to
    await eventually(
      () =>
        call('GET', '/api/v1/units/me/tasks', lead.token).then((a) =>
          (a.body.items as Json[]).find((task) => task.workOrderId === id),
        ),
      (task) => task?.status === 'closed',
      20_000,
    );
    expect(
      (
        await call('POST', `${wo}/replies`, lead.token, {
          handledBy: 'x',
          handledAt: '2026-03-05T15:00:00+08:00',
          process: 'x',
          result: 'x',
          callerContacted: true,
          outcome: 'solved',
        })
      ).status,
    ).toBe(409);
  });

  it('R20.3 an unsatisfied result with no appeal closes after the window, counted as unsatisfied', async () => {
    const id = await completed();
    const wo = `/api/v1/work-orders/${id}`;
    at('2026-03-04 09:00');
    const called = await step(
      `${wo}/callbacks`,
      REVIEWER,
      { satisfaction: 'unsatisfied', reason: '来电人说路灯仍不亮', contacted: false, cause: 'policy' },
      200,
    );
    expect(called).toMatchObject({
      status: 'unsatisfied',
      callback: { appealWindow: { due: '2026-03-07T00:00:00+08:00' } },
    });

    at('2026-03-06 23:00');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await view(id, (v) => v.status === 'unsatisfied')).status).toBe('unsatisfied');

    at('2026-03-07 00:00');
    const closed = await view(id, (v) => v.status === 'closed');
    expect(closed).toMatchObject({ excludedFromAssessment: false, callback: { satisfaction: 'unsatisfied' } });
    expect((await timelineSteps(id, (s) => s.includes('close-unsatisfied'))).slice(-2)).toEqual([
      'record-callback',
      'close-unsatisfied',
    ]);
    expect((await call('POST', `${wo}/appeals`, lead.token, { reason: '政策限制', evidence: '文件' })).status).toBe(
      409,
    );
  });
});
