import { bearer, eventually, platformSuite } from '@hotline/testing';
import { AcknowledgementOutcome, IncidentStatus, PartnerLine, RejectionCause } from '@hotline/partner-contracts';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';
import { timelineTransferSteps, transfersListed } from './partner-support';

const NOW = new Date('2026-12-01T08:00:00Z');
const PHONE = '13907310088';

/**
 * R13.1 reason 5, R10.1, R15.4 over the built services and real NATS: an emergency rejection is transferred without a
 * second call — to the line the operator names, or to the one whose agreed list holds the category; one no line takes
 * alerts the operator. A line that cannot take transfers, or transferTo on another outcome, is a 400 naming the field.
 * The assist names the line the agreed lists send a category to; a matter handed in outside them is refused.
 */
describe('emergency rejections and the agreed category lists (built services, HTTP, NATS, Postgres)', () => {
  let police: PartnerLine;
  const OPERATOR = bearer(['operator'], 'op-9');
  const SUPERVISOR = bearer(['supervisor'], 'sv-2');
  const suite = platformSuite('emergency-rejections', { startAt: NOW });
  const { call } = suite;
  const transfersOf = transfersListed(call, OPERATOR);

  beforeAll(async () => {
    police = await PartnerLine.connect(suite.environment.env, '110');
  }, 30_000);

  afterAll(async () => {
    await police?.close();
  });

  const request = (content: string, decision: Record<string, unknown>, category?: string) => ({
    channel: 'phone',
    caller: { name: '钱七', phone: PHONE },
    content,
    type: 'help',
    ...(category ? { category } : {}),
    location: { district: '岳塘区', street: '建设路街道', address: '建设路12号' },
    decision: { outcome: 'reject', reasonCode: 5, basis: '属紧急警情，已转接', ...decision },
  });

  const incidentAbout = (content: string) =>
    eventually(
      () =>
        Promise.resolve(police.distinct().filter((e) => e.body.case === 'transfer' && e.body.value.matter === content)),
      (list) => list.length >= 1,
      30_000,
    );

  it('R13.1 R10.1 a rejection naming 110 is sent with the consented number, accepted, and its status comes back on the timeline; a second transfer to 110 is a 409', async () => {
    const content = '建设路12号有人持刀抢劫';
    const recorded = await call(
      'POST',
      '/api/v1/requests',
      OPERATOR,
      request(content, { transferTo: '110', shareCallback: true }),
    );
    expect(recorded.status).toBe(201);
    const workOrderId = recorded.body.workOrder.id as string;
    const [incident] = await incidentAbout(content);
    if (incident.body.case !== 'transfer') throw new Error('no transfer');
    expect(incident.body.value).toMatchObject({
      callbackNumber: PHONE,
      emergency: true,
      senderReference: recorded.body.workOrder.number,
    });
    await police.answer(incident, NOW, {
      case: 'acknowledgement',
      value: {
        acknowledgedMessageId: incident.messageId,
        outcome: AcknowledgementOutcome.ACCEPTED,
        decidedBy: '110调度员',
        receiverReference: 'JJ-2026-0500',
      },
    });
    await police.answer(incident, NOW, {
      case: 'statusUpdate',
      value: { status: IncidentStatus.DISPATCHED, note: '已派警' },
    });
    const progressed = await eventually(
      () => transfersOf(workOrderId),
      (items) => items.length === 1 && items[0].status === 'in-progress',
      30_000,
    );
    expect(progressed[0]).toMatchObject({ partner: '110', partnerReference: 'JJ-2026-0500' });

    const again = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, { partner: '110' });
    expect(again.status).toBe(409);
    expect(await transfersOf(workOrderId)).toHaveLength(1);

    const { steps, timeline } = await timelineTransferSteps(call, SUPERVISOR, workOrderId, 3);
    expect(steps).toEqual(['transfer-sent:sent', 'transfer-answered:accepted', 'transfer-answered:in-progress']);
    expect(timeline.text).not.toContain(PHONE);
    for (const service of suite.platform.services) expect(service.output()).not.toContain(PHONE);
  });

  it('R13.1 R10.1 the rejected event delivered again sends nothing more: one transfer, one incident at 110', async () => {
    const content = '建设路菜市场有人持刀伤人';
    const recorded = await call('POST', '/api/v1/requests', OPERATOR, request(content, { transferTo: '110' }));
    const workOrderId = recorded.body.workOrder.id as string;
    await incidentAbout(content);
    const nats = await connect({ servers: suite.environment.env['NATS_URL'] });
    try {
      const { rows } = await suite.sql<{ subject: string; envelope: unknown }>(
        `SELECT "subject", "envelope" FROM "intake"."outbox" WHERE "type" = 'workorder.rejected' AND "work_order_id" = $1`,
        [workOrderId],
      );
      expect(rows).toHaveLength(1);
      const prefix = suite.environment.env['HOTLINE_NATS_PREFIX'];
      // the same event again, as JetStream redelivers it after a lost acknowledgement
      const again = await nats
        .jetstream()
        .publish(prefix ? `${prefix}.${rows[0].subject}` : rows[0].subject, JSON.stringify(rows[0].envelope));
      // linkage's consumer of the subject has taken and acknowledged it
      const manager = await nats.jetstreamManager();
      const stream = prefix ? `${prefix.toUpperCase()}_WORKORDER` : 'WORKORDER';
      const consumer = (await manager.consumers.list(stream).next()).find(
        (info) => info.name.startsWith('linkage__') && info.name.includes('rejected'),
      );
      if (!consumer) throw new Error('linkage follows no workorder.rejected');
      await eventually(
        () => manager.consumers.info(stream, consumer.name),
        (info) => info.delivered.stream_seq >= again.seq && info.num_ack_pending === 0,
        30_000,
      );
    } finally {
      await nats.close();
    }
    expect(police.distinct().filter((e) => e.body.case === 'transfer' && e.body.value.matter === content)).toHaveLength(
      1,
    );
    expect(await transfersOf(workOrderId)).toHaveLength(1);
    // taken as the duplicate it is, not failed until it was set aside
    const { rows: deadLetters } = await suite.sql(`SELECT "subject" FROM "linkage"."dead_letters"`);
    expect(deadLetters).toEqual([]);
  });

  it("R10.1 R15.4 a rejection naming no line goes to the line whose agreed list holds its category (110's 治安警情)", async () => {
    const content = '建设路口两伙人聚众斗殴';
    const recorded = await call('POST', '/api/v1/requests', OPERATOR, request(content, {}, '治安警情'));
    expect(recorded.status).toBe(201);
    const [incident] = await incidentAbout(content);
    if (incident.body.case !== 'transfer') throw new Error('no transfer');
    expect(incident.body.value).toMatchObject({ category: '治安警情', callbackNumber: '' });
    const sent = await transfersOf(recorded.body.workOrder.id);
    expect(sent).toEqual([expect.objectContaining({ partner: '110', status: 'sent' })]);
  });

  it('R13.1 R10.1 a rejection no line takes sends nothing and alerts the operator, who then transfers it by hand once', async () => {
    const recorded = await call('POST', '/api/v1/requests', OPERATOR, request('楼下有人晕倒在地', {}, '噪音扰民'));
    expect(recorded.status).toBe(201);
    const workOrderId = recorded.body.workOrder.id as string;
    const alerted = await eventually(
      () => transfersOf(workOrderId, 'unacknowledged'),
      (items) => items.length === 1,
      30_000,
    );
    expect(alerted[0]).toMatchObject({ status: 'unrouted', attempts: 0, alertedAt: expect.any(String) });
    expect(alerted[0].detail).toContain('噪音扰民');
    const timeline = await eventually(
      () => call('GET', `/api/v1/work-orders/${workOrderId}/timeline`, SUPERVISOR),
      (answer) =>
        (answer.body.items ?? []).some((item: { type: string }) => item.type.includes('transfer-unacknowledged')),
      30_000,
    );
    expect(timeline.status).toBe(200);

    const byHand = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, { partner: '110' });
    expect(byHand.status).toBe(201);
    const waiting = await transfersOf(workOrderId, 'unacknowledged');
    expect(waiting.map((item) => item.status)).toEqual(['sent']);
  });

  it("R10.1 the assist names the line whose agreed list holds the category, from intake's copy of the registry", async () => {
    const recorded = await eventually(
      () =>
        call('POST', '/api/v1/requests', OPERATOR, {
          channel: 'phone',
          caller: { anonymous: true },
          content: '小区里有人在放火烧垃圾桶，火势不大',
          type: 'help',
          category: '治安警情',
        }),
      (answer) => answer.status === 201 && answer.body.assist?.emergency?.line !== undefined,
      30_000,
    );
    expect(recorded.body.assist.emergency.line).toEqual({
      code: '110',
      name: '市公安局110指挥中心',
      kind: 'emergency',
      category: '治安警情',
    });
    const fire = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { anonymous: true },
      content: '仓库冒烟',
      type: 'help',
      category: '火灾',
    });
    expect(fire.body.assist.emergency.line).toMatchObject({ code: '119', category: '火灾' });
    const none = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { anonymous: true },
      content: '楼上装修噪音太大',
      type: 'complaint',
      category: '噪音扰民',
    });
    expect(none.body.assist.emergency).not.toHaveProperty('line');
  });

  it('R10.1 a matter 110 hands over outside the agreed list is acknowledged as rejected, not ours, with the basis, and never recorded', async () => {
    const sharedIncidentId = randomUUID();
    const matter = '刑事案件移交 ' + sharedIncidentId.slice(0, 8);
    await police.publish(
      police.envelope(NOW, sharedIncidentId, {
        case: 'transfer',
        value: { category: '刑事案件', matter, senderReference: 'JJ-IN-0777', requestType: 'report' },
      }),
    );
    const [ack] = await eventually(
      () =>
        Promise.resolve(
          police.distinct().filter((e) => e.sharedIncidentId === sharedIncidentId && e.body.case === 'acknowledgement'),
        ),
      (list) => list.length === 1,
      30_000,
    );
    if (ack.body.case !== 'acknowledgement') throw new Error('no acknowledgement');
    expect(ack.body.value).toMatchObject({ outcome: AcknowledgementOutcome.REJECTED, cause: RejectionCause.NOT_OURS });
    expect(ack.body.value.detail).toContain('not in the agreed list');
    expect(ack.body.value.detail).toContain('刑事案件');
    const found = await call(
      'GET',
      `/api/v1/work-orders?text=${encodeURIComponent(sharedIncidentId.slice(0, 8))}`,
      SUPERVISOR,
    );
    expect(found.body.items).toEqual([]);
  });

  // Runs after the others: by then intake's copy of the registry has linkage's announcement of its partners.
  it('R13.1 R10.1 transferTo naming an unknown line, a branch centre or on another outcome is a 400 naming the field, and nothing is recorded', async () => {
    const listed = async () =>
      (await call('GET', '/api/v1/work-orders?text=%E4%B8%8D%E8%AF%A5%E8%AE%B0%E5%BD%95', SUPERVISOR)).body.items ?? [];
    const refusals = [
      request('不该记录：未知线路', { transferTo: 'nosuch' }),
      request('不该记录：分中心', { transferTo: '12315' }),
      { ...request('不该记录：派单', {}), decision: { outcome: 'dispatch', transferTo: '110' } },
      request('不该记录：原因6', { reasonCode: 6, shareCallback: true }),
      request('不该记录：格式', { transferTo: 'NOT A CODE' }),
    ];
    for (const body of refusals) {
      const answer = await call('POST', '/api/v1/requests', OPERATOR, body);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/decision\.(transferTo|shareCallback)|transferTo|shareCallback/);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await listed()).toEqual([]);
  });
});
