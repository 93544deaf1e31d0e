import { HandlingRpc, SubmitReplyBody, WorkOrderView } from '@hotline/contracts';
import { beijing, CO, HandlingHarness, LEAD, REVIEWER, unitActor } from './handling-harness';

// Dispatched Monday 2026-03-02 11:00 and signed at 15:00: a complaint is due 03-09 24:00 (03-10T00:00+08:00).
const DISPATCHED_AT = beijing('2026-03-02 11:00');
const lead = unitActor(LEAD);
const co = unitActor(CO);

const REPLY: SubmitReplyBody = {
  handledBy: '雨湖区城市管理和综合执法局 王伟',
  handledAt: beijing('2026-03-02 15:00').toISOString(),
  process: '3月2日现场核查，更换损坏灯具两盏',
  result: '路灯已恢复照明',
  callerContacted: true,
  contactMethod: 'phone',
  outcome: 'solved',
};

describe('handling: extensions, replies and reviews (real Postgres and NATS)', () => {
  const h = new HandlingHarness();

  async function signedOrder(options: { co?: string[] } = {}): Promise<WorkOrderView> {
    const order = await h.dispatched(DISPATCHED_AT, options);
    h.setNow(beijing('2026-03-02 15:00'));
    return h.rpc.request(HandlingRpc.sign, { actor: lead, workOrderId: order.id });
  }
  const askExtension = (workOrderId: string, workingDays = 3) =>
    h.rpc.request(HandlingRpc.requestExtension, {
      actor: lead,
      workOrderId,
      body: { workingDays, reason: '需协调供电公司更换线路' },
    });
  const decideExtension = (
    workOrderId: string,
    extensionId: string,
    body: { approve: boolean; comment?: string },
    actor = REVIEWER,
  ) => h.rpc.request(HandlingRpc.decideExtension, { actor, workOrderId, extensionId, body });
  const reply = (workOrderId: string, body: Partial<SubmitReplyBody> = {}, actor = lead) =>
    h.rpc.request(HandlingRpc.submitReply, { actor, workOrderId, body: { ...REPLY, ...body } });
  const review = (workOrderId: string, replyId: string, body: { pass: boolean; comment?: string }) =>
    h.rpc.request(HandlingRpc.reviewReply, { actor: REVIEWER, workOrderId, replyId, body });
  /** Replied Wednesday 03-04, passed, then called back unsatisfied for the unit's reasons Thursday 03-05 10:00. */
  async function calledBackUnsatisfied(workOrderId: string, appeal: { appealWindowWorkingDays?: number } = {}) {
    h.setNow(beijing('2026-03-04 09:00'));
    const first = await reply(workOrderId);
    await review(workOrderId, first.id, { pass: true });
    const callback = {
      event: 'record-callback',
      satisfaction: 'unsatisfied',
      reason: '来电人说路灯仍不亮',
      contacted: true,
      cause: 'unit',
      ...appeal,
    } as const;
    return h.stepElsewhere(
      workOrderId,
      'record-callback',
      callback,
      REVIEWER,
      { role: 'reviewer', id: 'rv-1' },
      beijing('2026-03-05 10:00'),
    );
  }

  beforeAll(() => h.start('handling-replies'));
  afterAll(() => h.stop());

  it('R17.2 an approved extension moves the deadline on from its last day, and the unit is to tell the caller', async () => {
    const signed = await signedOrder();
    h.setNow(beijing('2026-03-06 10:00'));
    const asked = await askExtension(signed.id, 3);
    expect(asked.id).toBe(`${signed.id}:${signed.version + 1}`);
    expect(asked.workOrder).toMatchObject({ status: 'extension-requested', extension: { workingDays: 3 } });
    h.setNow(beijing('2026-03-06 14:00'));
    const approved = await decideExtension(signed.id, asked.id, { approve: true, comment: '同意' });
    expect(approved).toMatchObject({ status: 'handling', extensionsGranted: 1, extension: { decision: 'approved' } });
    // 3 working days after 03-09: 03-10, 03-11, 03-12
    expect(approved.deadlines.handling).toMatchObject({ lastDay: '2026-03-12', due: '2026-03-13T00:00:00+08:00' });
    const [step] = (await h.outboxOf(signed.id)).filter((row) => row.type === 'workorder.extension-approved');
    expect(step.envelope.payload.details).toMatchObject({
      unitMustTellCaller: true,
      handling: { due: '2026-03-13T00:00:00+08:00' },
      comment: '同意',
    });
  });

  it('R17.2 a second extension is refused (422)', async () => {
    const signed = await signedOrder();
    h.setNow(beijing('2026-03-04 10:00'));
    const first = await askExtension(signed.id, 2);
    await decideExtension(signed.id, first.id, { approve: true });
    await expect(askExtension(signed.id, 2)).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R17.2') },
    });
    // the decided request cannot be decided again
    const again = decideExtension(signed.id, first.id, { approve: true });
    await expect(again).rejects.toMatchObject({ problem: { statusCode: 409 } });
  });

  it('R17.2 an extension asked after the deadline, or for more than 5 working days, is refused (422); a rejected one keeps the deadline', async () => {
    const late = await signedOrder();
    h.setNow(beijing('2026-03-10 09:00'));
    await expect(askExtension(late.id, 2)).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R17.2') },
    });
    const other = await signedOrder();
    h.setNow(beijing('2026-03-04 09:00'));
    await expect(askExtension(other.id, 6)).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R17.2') },
    });
    const asked = await askExtension(other.id, 5);
    const selfApproved = decideExtension(other.id, asked.id, { approve: true }, lead);
    await expect(selfApproved).rejects.toMatchObject({ problem: { statusCode: 403 } });
    const rejected = await decideExtension(other.id, asked.id, { approve: false });
    expect(rejected).toMatchObject({
      status: 'handling',
      extensionsGranted: 0,
      deadlines: { handling: { due: '2026-03-10T00:00:00+08:00' } },
    });
  });

  it('R18.1/R18.2 refuses a reply missing a field or with a blank process (400), a plan without a date or a refusal without explanation (422)', async () => {
    const signed = await signedOrder();
    h.setNow(beijing('2026-03-05 09:00'));
    const { result: _result, ...withoutResult } = REPLY;
    const missing = h.rpc.request(HandlingRpc.submitReply, {
      actor: lead,
      workOrderId: signed.id,
      body: withoutResult as SubmitReplyBody,
    });
    await expect(missing).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('body.result') },
    });
    // blank text is empty at the input boundary: a 400 naming the field, before the domain's R18.1 rule sees it
    await expect(reply(signed.id, { process: '   ' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('body.process') },
    });
    await expect(reply(signed.id, { outcome: 'plan', plan: '列入4月道路改造计划' })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R18.2') },
    });
    await expect(reply(signed.id, { outcome: 'not-possible' })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('R18.2') },
    });
    expect(await h.find(signed.id)).toMatchObject({ status: 'handling', version: signed.version });
    const planned = await reply(signed.id, { outcome: 'plan', plan: '列入4月道路改造计划', planDate: '2026-04-30' });
    expect(planned.workOrder).toMatchObject({ status: 'replied', reply: { outcome: 'plan', planDate: '2026-04-30' } });
  });

  it('R19.1 a failed review sends it back within the original limit; a passed one completes the work order', async () => {
    const signed = await signedOrder();
    h.setNow(beijing('2026-03-05 09:00'));
    const first = await reply(signed.id);
    expect(first).toMatchObject({
      id: `${signed.id}:${signed.version + 1}`,
      kind: 'reply',
      workOrder: { status: 'replied' },
    });
    const failed = await review(signed.id, first.id, { pass: false, comment: '未说明与来电人联系情况' });
    expect(failed).toMatchObject({ status: 'handling', deadlines: { handling: signed.deadlines.handling } });
    h.setNow(beijing('2026-03-06 09:00'));
    const second = await reply(signed.id, { result: '路灯已恢复照明，已电话告知来电人' });
    const stale = review(signed.id, first.id, { pass: true });
    await expect(stale).rejects.toMatchObject({ problem: { statusCode: 409 } });
    const passed = await review(signed.id, second.id, { pass: true });
    expect(passed).toMatchObject({ status: 'completed', completedAt: beijing('2026-03-06 09:00').toISOString() });
    // callbacks owns it now
    await expect(reply(signed.id)).rejects.toMatchObject({
      problem: { statusCode: 409, details: { status: 'completed', writer: 'callbacks' } },
    });
  });

  it('R20.2 unsatisfied for the unit’s reasons, the work order comes back for re-handling, replied and reviewed again', async () => {
    const signed = await signedOrder();
    const back = await calledBackUnsatisfied(signed.id);
    expect(back).toMatchObject({
      status: 'rehandling',
      phase: 'rehandling',
      deadlines: { rehandling: { lastDay: '2026-03-12' } },
    });
    h.setNow(beijing('2026-03-09 10:00'));
    const again = await reply(signed.id, { result: '已更换整条线路，来电人确认恢复照明' });
    expect(again.workOrder).toMatchObject({ status: 'replied' });
    const failed = await review(signed.id, again.id, { pass: false });
    expect(failed).toMatchObject({ status: 'rehandling', deadlines: { rehandling: { lastDay: '2026-03-12' } } });
  });

  it('R20.3 the lead unit appeals the result that sent it back for re-handling; rejected, the re-handling goes on', async () => {
    const signed = await signedOrder({ co: [CO] });
    await calledBackUnsatisfied(signed.id, { appealWindowWorkingDays: 2 });
    h.setNow(beijing('2026-03-06 10:00'));
    const body = { reason: '诉求人反映情况不属实', evidence: '现场照片' };
    await expect(
      h.rpc.request(HandlingRpc.requestAppeal, { actor: co, workOrderId: signed.id, body }),
    ).rejects.toMatchObject({
      problem: { statusCode: 403, message: expect.stringMatching(/lead unit/) },
    });
    const appeal = await h.rpc.request(HandlingRpc.requestAppeal, { actor: lead, workOrderId: signed.id, body });
    expect(appeal).toMatchObject({
      workOrder: { status: 'appeal-requested', appeal: { during: 'rehandling', reason: body.reason } },
    });
    const [event] = (await h.outboxOf(signed.id)).slice(-1);
    expect(event!.envelope.payload).toMatchObject({
      step: 'request-appeal',
      from: 'rehandling',
      to: 'appeal-requested',
    });
    expect(appeal.id).toBe(`${signed.id}:${event!.envelope.payload.version}`);

    const rejected = { event: 'reject-appeal' } as const;
    const back = await h.stepElsewhere(
      signed.id,
      'reject-appeal',
      rejected,
      REVIEWER,
      { role: 'reviewer', id: 'rv-1' },
      beijing('2026-03-06 15:00'),
    );
    expect(back).toMatchObject({ status: 'rehandling', deadlines: { rehandling: { lastDay: '2026-03-12' } } });
    h.setNow(beijing('2026-03-09 10:00'));
    await expect(reply(signed.id, { result: '已彻底整改' })).resolves.toMatchObject({
      workOrder: { status: 'replied' },
    });
  });

  it('R20.3 an appeal of a re-handling after the window is refused (422) and writes nothing', async () => {
    const signed = await signedOrder();
    await calledBackUnsatisfied(signed.id, { appealWindowWorkingDays: 2 });
    const before = (await h.outboxOf(signed.id)).length;
    // two working days after Thu 03-05: Fri 03-06 and Mon 03-09
    h.setNow(beijing('2026-03-10 00:00'));
    await expect(
      h.rpc.request(HandlingRpc.requestAppeal, {
        actor: lead,
        workOrderId: signed.id,
        body: { reason: '政策限制', evidence: '文件' },
      }),
    ).rejects.toMatchObject({
      problem: { statusCode: 422 },
    });
    expect(await h.outboxOf(signed.id)).toHaveLength(before);
  });

  it('R15.5 R14.1 a co unit’s reply is stored as its contribution for the lead unit, not as a step, and announced for the timeline', async () => {
    const signed = await signedOrder({ co: [CO] });
    h.setNow(beijing('2026-03-04 16:00'));
    const contributed = await reply(
      signed.id,
      { handledBy: '湘潭市市场监督管理局 李娜', result: '已约谈涉事商户' },
      co,
    );
    expect(contributed).toMatchObject({
      kind: 'contribution',
      workOrder: { status: 'handling', version: signed.version },
    });
    expect(contributed.id).not.toContain(':');
    const seen = await h.rpc.request(HandlingRpc.contributions, { actor: lead, workOrderId: signed.id });
    expect(seen.items).toEqual([
      expect.objectContaining({
        id: contributed.id,
        unitId: CO,
        submittedBy: co.id,
        result: '已约谈涉事商户',
        submittedAt: beijing('2026-03-04 16:00').toISOString(),
      }),
    ]);
    // the order is not moved (no lifecycle step); the contribution's own event puts it on the timeline
    expect((await h.outboxOf(signed.id)).map((row) => row.type)).toEqual([
      'workorder.signed',
      'workorder.co-unit-contributed',
    ]);
    expect(await h.find(signed.id)).toMatchObject({ status: 'handling', version: signed.version });
    const leadReply = await reply(signed.id);
    expect(leadReply.workOrder.status).toBe('replied');
  });
});
