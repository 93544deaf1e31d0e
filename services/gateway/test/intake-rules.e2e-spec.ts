import {
  bearer,
  beijingTime,
  eventually,
  freePort,
  Json,
  platformSuite,
  startBuiltService,
  stopService,
  workOrderReads,
} from '@hotline/testing';
import { randomBytes } from 'node:crypto';

const OPEN311_KEY = `open311-${randomBytes(8).toString('hex')}`;

/**
 * Intake as the regulation's text says (Art. 13–15) and no dead end after a call back is promised (R15.2), over HTTP
 * against the built services, with every service's clock moved through an ordinary week (Monday 2 March 2026).
 */
describe('intake rules and callback-pending orders (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('intake-rules', {
    env: { HOTLINE_OPEN311_API_KEYS: `e2e-app:${OPEN311_KEY}` },
    startAt: beijingTime('2026-03-02 10:00'),
  });
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const ADMIN = bearer(['admin'], 'ad-1');
  let lead: { id: string; token: string };

  const { call, step, at } = suite;
  const { view, timeline: timelineOf } = workOrderReads(suite, SUPERVISOR);
  const overdueIds = async () =>
    ((await call('GET', '/api/v1/work-orders?overdue=true&limit=200', SUPERVISOR)).body.items as Json[]).map(
      (item) => item.id as string,
    );
  const record = (body: Json) =>
    call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      type: 'consultation',
      caller: { phone: '13807329911' },
      ...body,
    });
  const written = async () =>
    (
      await suite.sql(
        `SELECT (SELECT count(*) FROM intake.requests)::int AS requests, (SELECT count(*) FROM intake.work_orders)::int AS orders, (SELECT count(*) FROM intake.outbox)::int AS events`,
      )
    ).rows[0];

  beforeAll(async () => {
    const units = (await call('GET', '/api/v1/units', ADMIN)).body.items as Json[];
    const found = units.find((unit) => /^雨湖区/.test(String(unit.name)));
    if (!found) throw new Error(`no unit of 雨湖区 in ${units.map((unit) => unit.name).join(', ')}`);
    lead = { id: String(found.id), token: bearer(['unit'], `staff-of-${String(found.id)}`, String(found.id)) };
  });

  it('R13.1 R14.2 a request from 岳麓区 (Changsha) is recorded and rejected with reason 8; the answer and the work order carry the basis', async () => {
    at('2026-03-02 10:00');
    const answer = await record({
      type: 'complaint',
      content: '小区门口道路破损，车辆通行困难',
      location: { district: '岳麓区', address: '麓山南路' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      outcome: 'reject',
      workOrder: { status: 'rejected', number: expect.stringMatching(/^XT\d{14}$/) },
      rejection: {
        reasonCode: 8,
        reason: '所反映问题非我市行政职权管辖范围的事项',
        decidedBy: 'jurisdiction',
        basis: expect.stringContaining('所反映问题发生在岳麓区'),
      },
      assist: { jurisdiction: { outsideCity: true, suggestedReasonCode: 8 } },
    });
    const basis = answer.body.rejection.basis as string;
    expect(basis).toContain('第十三条第（八）项');
    const [row] = (
      await suite.sql(
        'SELECT r.location, w.rejection_reason_code, w.rejection_basis FROM intake.requests r JOIN intake.work_orders w ON w.request_id = r.id WHERE r.id = $1',
        [answer.body.requestId],
      )
    ).rows;
    expect(row).toEqual({
      location: { district: '岳麓区', address: '麓山南路' },
      rejection_reason_code: 8,
      rejection_basis: basis,
    });
    const rejected = await view(answer.body.workOrder.id, (v) => v.status === 'rejected');
    expect(rejected).toMatchObject({ number: answer.body.workOrder.number, rejection: { reasonCode: 8, basis } });

    // Open311 callers are told the same, not a 400.
    const open311 = await call('POST', '/open311/v2/requests.json', null, {
      api_key: OPEN311_KEY,
      service_code: 'complaint',
      description: '路灯坏了',
      attribute: { district: '岳麓区' },
    });
    expect(open311.status).toBe(201);
    expect((open311.body as unknown as Json[])[0]).toMatchObject({
      service_notice: expect.stringMatching(/^不予受理，工单号 XT\d{14}。所反映问题发生在岳麓区/),
    });
  });

  it('R13.2 an address string alone naming another city only raises the assist flag; the operator decides', async () => {
    const answer = await record({
      type: 'complaint',
      content: '反映停车难',
      location: { district: '岳塘区', address: '长沙市岳麓区某小区' },
    });
    expect(answer.body).toMatchObject({
      outcome: 'dispatch',
      workOrder: { status: 'awaiting-dispatch' },
      assist: { jurisdiction: { outsideCity: true, suggestedReasonCode: 8 } },
    });
    expect(answer.body).not.toHaveProperty('rejection');
  });

  it('R15.2 the callback outcome without the caller’s consent gives 422 and writes nothing', async () => {
    const before = await written();
    for (const consent of [{}, { callerConsent: false }]) {
      const answer = await record({
        content: '咨询公积金贷款额度怎么计算',
        decision: { outcome: 'callback' },
        ...consent,
      });
      expect(answer.status).toBe(422);
      expect(answer.body.message).toContain('R15.2');
    }
    expect(await written()).toEqual(before);
  });

  it('R15.2 R15.1 with consent, one order is answered online within the working day, citing a published article whose version is recorded', async () => {
    at('2026-03-02 10:30');
    const pending = await record({
      content: '咨询公积金贷款额度怎么计算',
      decision: { outcome: 'callback' },
      callerConsent: true,
    });
    expect(pending.body).toMatchObject({
      outcome: 'callback',
      workOrder: { status: 'callback-pending', deadlines: { callback: { due: '2026-03-04T00:00:00+08:00' } } },
    });
    const wo = `/api/v1/work-orders/${pending.body.workOrder.id as string}`;
    const [consent] = (
      await suite.sql('SELECT caller_consent FROM intake.requests WHERE id = $1', [pending.body.requestId])
    ).rows;
    expect(consent.caller_consent).toBe(true);
    const waiting = await view(pending.body.workOrder.id, (v) => v.status === 'callback-pending');
    expect(waiting).toMatchObject({
      callerConsent: true,
      deadlines: { onlineCallback: { due: '2026-03-04T00:00:00+08:00' } },
    });

    at('2026-03-02 15:00');
    expect((await call('POST', `${wo}/online-answer`, lead.token, { answer: '已答复' })).status).toBe(403);
    const answered = await step(
      `${wo}/online-answer`,
      OPERATOR,
      { answer: '已回拨答复：额度按缴存余额倍数计算', articleId: 'kb-hpf-loan' },
      200,
    );
    expect(answered).toMatchObject({
      status: 'closed-online',
      onlineClosure: {
        via: 'callback',
        articleId: 'kb-hpf-loan',
        articleVersion: 1,
        answer: expect.stringContaining('已回拨答复'),
      },
    });
    const [row] = (
      await suite.sql(
        'SELECT s.status, w.article_id, w.article_version FROM intake.work_orders w JOIN intake.work_order_states s ON s.id = w.id WHERE w.id = $1',
        [pending.body.workOrder.id],
      )
    ).rows;
    expect(row).toEqual({ status: 'closed-online', article_id: 'kb-hpf-loan', article_version: 1 });
    const timeline = await timelineOf(pending.body.workOrder.id, (items) => items.length === 2);
    expect(timeline[1]).toMatchObject({
      type: 'workorder.callback-answered',
      summary: {
        step: 'answer-callback',
        from: 'callback-pending',
        to: 'closed-online',
        details: expect.objectContaining({ inTime: true, articleVersion: 1 }),
      },
    });
    // Answered once: a second answer is a step the state refuses.
    expect((await call('POST', `${wo}/online-answer`, OPERATOR, { answer: '再答复' })).status).toBe(409);
  });

  it('R15.2 R15.3 R16.1 a second order past its 1-working-day limit is on the overdue list, then dispatched from callback-pending and signed by its unit', async () => {
    at('2026-03-02 11:00');
    const pending = await record({
      type: 'help',
      content: '小区停水两天，询问何时恢复',
      location: { district: '雨湖区' },
      decision: { outcome: 'callback' },
      callerConsent: true,
    });
    const id = pending.body.workOrder.id as string;
    await view(id, (v) => v.status === 'callback-pending');
    expect(await overdueIds()).not.toContain(id);

    at('2026-03-04 09:00');
    await eventually(overdueIds, (ids) => ids.includes(id), 20_000);

    const dispatched = await step(`/api/v1/work-orders/${id}/dispatch`, OPERATOR, { leadUnitId: lead.id }, 200);
    expect(dispatched).toMatchObject({
      status: 'dispatched',
      leadUnitId: lead.id,
      callerConsent: true,
      deadlines: { sign: { due: '2026-03-06T00:00:00+08:00' } },
    });
    const signed = await step(`/api/v1/work-orders/${id}/sign`, lead.token, {}, 200);
    expect(signed).toMatchObject({ status: 'handling', signing: { deemed: false, late: false } });
    const timeline = await timelineOf(id, (items) => items.length === 4);
    expect(timeline.map((entry) => entry.type)).toEqual([
      'workorder.created',
      'workorder.accepted-for-dispatch',
      'workorder.assigned',
      'workorder.signed',
    ]);
    await eventually(overdueIds, (ids) => !ids.includes(id), 20_000);
  });

  it('R15.1 an unknown or unpublished articleId is 422, at intake and in the online answer, and nothing is written', async () => {
    at('2026-03-04 10:00');
    const before = await written();
    const unknown = await record({
      content: '咨询小学入学报名需要哪些材料',
      decision: { outcome: 'close-online', articleId: 'kb-nowhere' },
    });
    expect(unknown).toMatchObject({
      status: 422,
      body: { message: expect.stringContaining("decision.articleId: no knowledge article 'kb-nowhere'") },
    });
    const draft = await call('POST', '/api/v1/knowledge/articles', ADMIN, {
      ownerUnitId: lead.id,
      title: '草稿：小学入学材料（待审）',
      body: '草稿内容',
      keywords: ['入学'],
      areas: ['雨湖区'],
      status: 'draft',
      reviewBy: '2026-09-01',
    });
    expect(draft.status).toBe(201);
    const unpublished = await record({
      content: '咨询小学入学报名需要哪些材料',
      decision: { outcome: 'close-online', articleId: draft.body.id },
    });
    expect(unpublished).toMatchObject({ status: 422, body: { message: expect.stringContaining('is draft') } });
    expect(await written()).toEqual(before);

    const closed = await record({
      content: '咨询小学入学报名需要哪些材料',
      decision: { outcome: 'close-online', articleId: 'kb-edu-enrolment-materials' },
    });
    expect(closed.body).toMatchObject({ outcome: 'close-online', workOrder: { status: 'closed-online' } });
    expect(await view(closed.body.workOrder.id, (v) => v.status === 'closed-online')).toMatchObject({
      onlineClosure: { articleId: 'kb-edu-enrolment-materials', articleVersion: 1, via: 'on-the-spot' },
    });

    const pending = await record({ content: '咨询户口迁移', decision: { outcome: 'callback' }, callerConsent: true });
    const refused = await call(
      'POST',
      `/api/v1/work-orders/${pending.body.workOrder.id as string}/online-answer`,
      OPERATOR,
      { answer: '答复', articleId: 'kb-nowhere' },
    );
    expect(refused).toMatchObject({
      status: 422,
      body: { message: expect.stringContaining("articleId: no knowledge article 'kb-nowhere'") },
    });
    const [row] = (
      await suite.sql('SELECT status FROM intake.work_order_states WHERE id = $1', [pending.body.workOrder.id])
    ).rows;
    expect(row.status).toBe('callback-pending');
  });

  it('R20.3 matterNature set at intake is shown on the view, and the reviewer’s classification with the callback reaches its rules', async () => {
    at('2026-03-04 11:00');
    const created = await record({
      type: 'complaint',
      content: '邻里因漏水纠纷，请求调解',
      location: { district: '雨湖区' },
      matterNature: 'mediation',
    });
    const id = created.body.workOrder.id as string;
    const [row] = (await suite.sql('SELECT matter_nature FROM intake.requests WHERE id = $1', [created.body.requestId]))
      .rows;
    expect(row.matter_nature).toBe('mediation');
    expect(await view(id, (v) => v.status === 'awaiting-dispatch')).toMatchObject({ matterNature: 'mediation' });

    const wo = `/api/v1/work-orders/${id}`;
    await step(`${wo}/dispatch`, OPERATOR, { leadUnitId: lead.id }, 200);
    await step(`${wo}/sign`, lead.token, {}, 200);
    const reply = {
      handledBy: '雨湖区司法所 王芳',
      handledAt: '2026-03-04T14:00:00+08:00',
      process: '组织双方调解',
      result: '双方未达成一致',
      callerContacted: true,
      contactMethod: 'phone',
      outcome: 'solved',
    };
    at('2026-03-04 15:00');
    const replied = await step(`${wo}/replies`, lead.token, reply, 201);
    await step(`${wo}/replies/${replied.id as string}/review`, REVIEWER, { pass: true }, 200);
    const called = await step(
      `${wo}/callbacks`,
      REVIEWER,
      {
        satisfaction: 'unsatisfied',
        reason: '来电人说路灯仍不亮',
        contacted: true,
        cause: 'policy',
        matterNature: 'law-enforcement',
      },
      200,
    );
    expect(called).toMatchObject({ status: 'unsatisfied', matterNature: 'law-enforcement' });
    const timeline = await timelineOf(id, (items) =>
      items.some((entry) => entry.type === 'workorder.callback-recorded'),
    );
    expect(timeline.find((entry) => entry.type === 'workorder.callback-recorded')).toMatchObject({
      summary: {
        details: expect.objectContaining({ matterNature: 'law-enforcement', satisfactionIsSoleMeasure: false }),
      },
    });
    expect(
      (
        await call('POST', `${wo}/callbacks`, REVIEWER, {
          satisfaction: 'satisfied',
          contacted: true,
          matterNature: 'administrative',
        })
      ).status,
    ).toBe(400);
  });

  it('R16.1 a service given a time limit longer than the regulation stops at start, naming the variable and the limit', async () => {
    const service = startBuiltService('intake', {
      ...suite.environment.env,
      HOTLINE_TIME_LIMITS: 'rehandling=3,sign=2',
      HEALTH_PORT: String(await freePort()),
    });
    try {
      await eventually(
        async () => service.process.exitCode,
        (code) => code !== null,
        30_000,
      );
      expect(service.process.exitCode).toBe(1);
      expect(service.output()).toMatch(
        /set or fix HOTLINE_TIME_LIMITS: .*sign: 2 working days is more than the regulation allows \(1, R16\.1/,
      );
    } finally {
      await stopService(service, 'SIGKILL', 1_000);
    }
  });
});
