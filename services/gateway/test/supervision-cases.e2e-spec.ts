import {
  bearer,
  beijingTime,
  eventually,
  freePort,
  Json,
  platformSuite,
  RunningService,
  startBuiltService,
  stopService,
  workOrderReads,
  workOrderRequests,
} from '@hotline/testing';

/**
 * Art. 23 over HTTP against the built services: cases the system opens itself (triggers 1 and 3), manual cases with
 * their source and limit, the unit's one extension, answers, escalation to 市人民政府督查室, and the cases on the work
 * orders' timelines. The deadline watch sweeps every 300 ms; a second supervision process sweeps beside it.
 */
describe('supervision cases (built services, HTTP, NATS, Postgres)', () => {
  let secondWatcher: RunningService | undefined;
  const OPERATOR = bearer(['operator'], 'op-1');
  const REVIEWER = bearer(['reviewer'], 'rv-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const settings = { HOTLINE_DEADLINE_WATCH_MS: '300' };
  let clock = beijingTime('2026-03-02 09:00');
  const suite = platformSuite('supervision-cases', { env: settings, startAt: clock });
  const lead = suite.unit(/^雨湖区/);
  const other = suite.unit(/城市管理/);

  const { call, step } = suite;
  const at = (text: string) => {
    clock = beijingTime(text);
    suite.platform.setClock(clock);
  };
  const casesOf = (workOrderId: string, token = SUPERVISOR) =>
    call('GET', `/api/v1/supervision-cases?workOrderId=${workOrderId}`, token);
  const casesUntil = (workOrderId: string, until: (items: Json[]) => boolean) =>
    eventually(() => casesOf(workOrderId).then((a) => (a.body.items ?? []) as Json[]), until, 20_000);
  const { timelineSteps } = workOrderReads(suite, SUPERVISOR);

  /** A complaint dispatched to the lead unit and signed: handling runs 5 working days from the signing. */
  const orders = workOrderRequests({ call, step }, OPERATOR);
  const signed = (content: string) => orders.signedBy(lead, { content });

  const reply = (text: string) => ({
    handledBy: '雨湖区城管执法大队 李明',
    handledAt: clock.toISOString(),
    process: text,
    result: '已处理',
    callerContacted: true,
    contactMethod: 'phone',
    outcome: 'solved',
  });

  /** The unit replies and the reviewer passes it: done, awaiting its callback. */
  async function repliedAndPassed(id: string, text: string): Promise<void> {
    const replied = await step(`/api/v1/work-orders/${id}/replies`, lead.token, reply(text), 201);
    await step(`/api/v1/work-orders/${id}/replies/${replied.id as string}/review`, REVIEWER, { pass: true }, 200);
  }

  async function manualCase(workOrderId: string, body: Json): Promise<Json> {
    const opened = await call('POST', '/api/v1/supervision-cases', SUPERVISOR, {
      workOrderIds: [workOrderId],
      ...body,
    });
    expect(opened.status).toBe(201);
    return opened.body;
  }

  afterAll(async () => {
    if (secondWatcher) await stopService(secondWatcher, 'SIGKILL', 1_000);
  });

  it('R23.1 unsatisfied → re-handling → unsatisfied again for the unit’s reasons opens a case automatically (trigger 3)', async () => {
    at('2026-03-02 09:00');
    const id = await signed('韶山西路垃圾堆积，清运后又堆积');
    at('2026-03-02 15:00');
    await repliedAndPassed(id, '现场清运');
    at('2026-03-03 09:00');
    const unsatisfied = { satisfaction: 'unsatisfied', contacted: true, cause: 'unit', reason: '仍未清运干净' };
    expect(await step(`/api/v1/work-orders/${id}/callbacks`, REVIEWER, unsatisfied, 200)).toMatchObject({
      status: 'rehandling',
    });
    expect((await casesOf(id)).body.items).toEqual([]);
    at('2026-03-03 15:00');
    await repliedAndPassed(id, '再次清运并设置垃圾桶');
    at('2026-03-04 09:00');
    expect(await step(`/api/v1/work-orders/${id}/callbacks`, REVIEWER, unsatisfied, 200)).toMatchObject({
      status: 'unsatisfied',
    });
    const [opened] = await casesUntil(id, (items) => items.length > 0);
    expect(opened).toMatchObject({
      trigger: 3,
      method: 'system',
      status: 'open',
      workOrderIds: [id],
      unitIds: [lead.id],
      openedBy: 'supervision',
      deadline: { workingDays: 5, lastDay: '2026-03-11' },
    });
  });

  it('R23.1 an overdue handling deadline opens exactly one case, with two watchers sweeping at once and the clock moved', async () => {
    at('2026-03-05 09:00');
    const id = await signed('城正街路灯坏了一周');
    const healthPort = await freePort();
    secondWatcher = startBuiltService('supervision', {
      HOTLINE_OUTBOX_POLL_MS: '250',
      ...suite.environment.env,
      ...settings,
      HOTLINE_TEST_CLOCK: clock.toISOString(),
      HEALTH_PORT: String(healthPort),
    });
    // Both processes sweep every 300 ms once the second one is ready.
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${healthPort}/readyz`).then(
          (response) => response.status,
          () => 0,
        ),
      (status) => status === 200,
      120_000,
      250,
    );
    // Signed Thu 03-05 09:00: 5 working days end Thu 03-12 24:00.
    at('2026-03-13 09:00');
    const cases = await casesUntil(id, (items) => items.length > 0);
    // A few more sweeps of both watchers change nothing.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await casesOf(id)).body.items).toHaveLength(1);
    expect(cases[0]).toMatchObject({ trigger: 1, method: 'system', status: 'open', workOrderIds: [id] });
    const announced = await suite.sql(
      `SELECT count(*)::int AS n FROM supervision.outbox WHERE subject = 'hotline.workorder.overdue.v1' AND work_order_id = $1`,
      [id],
    );
    expect(announced.rows[0].n).toBe(1);
  });

  it('R23.2 the supervisor sets the limit within the maxima; triggers 4–8 need their source (422)', async () => {
    at('2026-03-16 09:00');
    const id = await signed('小区噪音扰民被媒体报道');
    const open = (body: Json) => call('POST', '/api/v1/supervision-cases', SUPERVISOR, { workOrderIds: [id], ...body });
    expect((await open({ trigger: 5, method: 'phone' })).status).toBe(422);
    expect((await open({ trigger: 5, method: 'system', source: '湘潭日报', workingDays: 6 })).status).toBe(422);
    expect((await open({ trigger: 5, method: 'fax', source: '湘潭日报' })).status).toBe(400);
    expect((await open({ trigger: 5, method: 'phone', source: '湘潭日报', workingDays: 10 })).body).toMatchObject({
      trigger: 5,
      source: '湘潭日报',
      deadline: { workingDays: 10, lastDay: '2026-03-30' },
    });
    const unknown = await call('POST', '/api/v1/supervision-cases', SUPERVISOR, {
      workOrderIds: ['00000000-0000-4000-8000-000000000000'],
      trigger: 8,
      method: 'letter',
      source: '来信',
    });
    expect(unknown.status).toBe(404);
  });

  it('R23.2 the unit applies for one extension of at most 10 working days; the supervisor decides; a second is 422', async () => {
    at('2026-03-16 10:00');
    const id = await signed('老旧小区屋面漏水');
    const opened = await manualCase(id, { trigger: 4, method: 'letter', source: '市政府办公室交办', workingDays: 5 });
    const cid = opened.id as string;
    expect(opened.deadline).toMatchObject({ workingDays: 5, lastDay: '2026-03-23' });
    const extensions = `/api/v1/supervision-cases/${cid}/extensions`;
    expect((await call('POST', extensions, lead.token, { workingDays: 11, reason: '需协调住建部门' })).status).toBe(
      422,
    );
    expect((await call('POST', extensions, SUPERVISOR, { workingDays: 5, reason: '情况复杂' })).status).toBe(403);
    const applied = await call('POST', extensions, lead.token, { workingDays: 10, reason: '需协调住建部门' });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ kind: 'extension', supervisionCase: { extension: { workingDays: 10 } } });
    const decided = await call('POST', `${extensions}/${applied.body.id as string}/decision`, SUPERVISOR, {
      approve: true,
      comment: '同意延期',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      extensionsGranted: 1,
      extension: { decision: 'approved' },
      deadline: { workingDays: 15, extendedBy: 10, lastDay: '2026-04-07' },
    });
    const second = await call('POST', extensions, lead.token, { workingDays: 1, reason: '再延一天' });
    expect(second.status).toBe(422);
    expect(second.body.message).toMatch(/R23\.2/);
  });

  it('R23.3 escalation is refused within the limit without a reason, and recorded once the limit has passed', async () => {
    at('2026-03-17 09:00');
    const id = await signed('农贸市场占道经营');
    const opened = await manualCase(id, { trigger: 6, method: 'system', source: '群众联名信', workingDays: 2 });
    const cid = opened.id as string;
    const escalate = (body: Json) => call('POST', `/api/v1/supervision-cases/${cid}/escalate`, SUPERVISOR, body);
    const refused = await escalate({});
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/R23\.3/);
    // 2 working days after Tue 03-17: Thu 03-19 24:00. The watch marks the case overdue once it has passed.
    at('2026-03-20 09:00');
    const [overdue] = await casesUntil(id, (items) => items.some((c) => c.id === cid && c.overdueAt));
    expect(overdue).toMatchObject({ overdue: true, status: 'open' });
    const escalated = await escalate({});
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({
      status: 'escalated',
      escalation: { to: '市人民政府督查室', withinLimit: false },
    });
    expect((await escalate({ reason: '再次' })).status).toBe(409);
  });

  it('R23.2 a unit sees only its own cases and answers them; the supervisor closes them', async () => {
    at('2026-03-23 09:00');
    const id = await signed('人行道井盖缺失');
    const cid = (await manualCase(id, { trigger: 8, method: 'on-site', source: '市领导交办' })).id as string;
    const mine = await call('GET', `/api/v1/supervision-cases?unitId=${lead.id}&status=open`, lead.token);
    expect((mine.body.items as Json[]).map((c) => c.id)).toContain(cid);
    const theirs = await call('GET', '/api/v1/supervision-cases?limit=200', other.token);
    expect(theirs.status).toBe(200);
    expect((theirs.body.items as Json[]).every((c) => (c.unitIds as string[]).includes(other.id))).toBe(true);
    expect((theirs.body.items as Json[]).map((c) => c.id)).not.toContain(cid);
    const answers = `/api/v1/supervision-cases/${cid}/answers`;
    expect((await call('POST', answers, other.token, { answer: '不是我们的' })).status).toBe(404);
    const answered = await call('POST', answers, lead.token, { answer: '已补装井盖' });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ kind: 'answer', supervisionCase: { answers: 1 } });
    expect((await call('POST', `/api/v1/supervision-cases/${cid}/close`, lead.token, { result: 'x' })).status).toBe(
      403,
    );
    const closed = await call('POST', `/api/v1/supervision-cases/${cid}/close`, SUPERVISOR, { result: '已整改到位' });
    expect(closed.body).toMatchObject({ status: 'resolved', result: '已整改到位' });
    const page = await call('GET', '/api/v1/supervision-cases?limit=1', SUPERVISOR);
    expect(page.body.items).toHaveLength(1);
    expect(typeof page.body.nextCursor).toBe('string');
    const next = await call(
      'GET',
      `/api/v1/supervision-cases?limit=1&cursor=${page.body.nextCursor as string}`,
      SUPERVISOR,
    );
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
  });

  it('R14.1 R23 the work order’s timeline shows its case, the case’s steps and its deadline', async () => {
    at('2026-03-24 09:00');
    const id = await signed('公园路灯不亮');
    const cid = (await manualCase(id, { trigger: 7, method: 'meeting', source: '省考核通报' })).id as string;
    await call('POST', `/api/v1/supervision-cases/${cid}/answers`, lead.token, { answer: '已维修' });
    const steps = await timelineSteps(id, (s) => s.includes('answer-case'));
    expect(steps).toEqual(expect.arrayContaining(['workorder.created', 'sign', 'open-case', 'answer-case']));
    const timeline = (await call('GET', `/api/v1/work-orders/${id}/timeline`, lead.token)).body.items as Json[];
    const opening = timeline.find((item) => item.summary.step === 'open-case');
    expect(opening).toMatchObject({
      type: 'supervision.case-opened',
      summary: { caseId: cid, trigger: 7, method: 'meeting', details: { deadline: { workingDays: 10 } } },
    });
  });
});
