import { stepEventOf } from '@hotline/contracts';
import { bearer, eventually, platformSuite, publishEvent } from '@hotline/testing';
import {
  AcknowledgementOutcome,
  CompletionOutcome,
  IncidentStatus,
  PartnerLine,
  RejectionCause,
} from '@hotline/partner-contracts';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { storedPartnerMessages, timelineTransferSteps, transfersListed, updatePartner } from './partner-support';

const NOW = new Date('2026-12-01T08:00:00Z');
const PHONE = '13907310077';

/**
 * R10.1, R13.1 reason 5 over the built services and real NATS: an emergency rejected for 110 is transferred; the
 * partner stays silent (retries, the operator's alert), then acknowledges and reports progress; another is rejected
 * with a cause and goes back to the operator.
 */
describe('transfers out to an emergency line (built services, HTTP, NATS, Postgres)', () => {
  let police: PartnerLine;
  const OPERATOR = bearer(['operator'], 'op-7');
  const ADMIN = bearer(['admin'], 'adm-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  // The deem-signed sweep runs often, so that a hand-over's unit that lets the sign limit pass is seen at once.
  const suite = platformSuite('transfers', { startAt: NOW, env: { HOTLINE_DEEM_SIGNED_SWEEP_MS: '500' } });
  const { call, step } = suite;
  let clock = NOW.getTime();
  const advance = (seconds: number) => {
    clock += seconds * 1000;
    suite.platform.setClock(new Date(clock));
  };

  beforeAll(async () => {
    police = await PartnerLine.connect(suite.environment.env, '110');
    expect((await updatePartner(call, ADMIN, '110', { ackTimeoutSeconds: 5 })).status).toBe(200);
  }, 30_000);

  afterAll(async () => {
    await police?.close();
  });

  async function emergencyRejected(content: string): Promise<string> {
    const recorded = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '赵六', phone: PHONE },
      content,
      type: 'help',
      location: { district: '雨湖区', street: '城正街街道', address: '城正街88号' },
      decision: { outcome: 'reject', reasonCode: 5, basis: '属110受理范围，已转接110' },
    });
    expect(recorded.status).toBe(201);
    const id = recorded.body.workOrder.id as string;
    await eventually(
      () => call('GET', `/api/v1/work-orders/${id}`, SUPERVISOR),
      (a) => a.status === 200,
      30_000,
    );
    // No line named and no category: linkage sends nothing by itself and alerts the operator, who transfers by hand.
    await eventually(
      () => allTransfersOf(id, 'unrouted'),
      (items) => items.length === 1,
      30_000,
    );
    return id;
  }

  /** A non-emergency matter 110 hands over to 12345 (R10.1 transfer in). */
  const handedOverMatter = (sharedIncidentId: string, senderReference: string) => ({
    case: 'transfer' as const,
    value: {
      category: '噪音扰民',
      matter: '湘潭大学南门附近工地夜间施工噪音 ' + sharedIncidentId.slice(0, 8),
      senderReference,
      callbackNumber: '13907310099',
      requestType: 'complaint',
      location: { district: '雨湖区', address: '湘潭大学南门' },
    },
  });
  /** The status updates 110 has heard of the incident, in the order it heard them. */
  const statusUpdatesOf = (sharedIncidentId: string) =>
    police
      .distinct()
      .flatMap((e) =>
        e.sharedIncidentId === sharedIncidentId && e.body.case === 'statusUpdate' ? [e.body.value] : [],
      );
  const workOrderOfIncident = async (sharedIncidentId: string) =>
    (
      await eventually(
        () => call('GET', `/api/v1/work-orders?text=${encodeURIComponent(sharedIncidentId.slice(0, 8))}`, SUPERVISOR),
        (answer) => (answer.body.items ?? []).length >= 1,
        30_000,
      )
    ).body.items as { id: string; number: string }[];

  const allTransfersOf = transfersListed(call, OPERATOR);
  /** The transfers sent, without the settled alert of the rejection that named no line. */
  const transfersOf = async (workOrderId: string, status = '') =>
    (await allTransfersOf(workOrderId, status)).filter((item) => item.status !== 'unrouted');

  it('R10.1 sends the incident with the consented callback number, retries while 110 is silent, alerts, then takes its acknowledgement and status', async () => {
    const workOrderId = await emergencyRejected('城正街88号有人持刀斗殴');
    const sent = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, {
      partner: '110',
      shareCallback: true,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ partner: '110', status: 'sent', attempts: 1 });
    expect(sent.text).not.toContain(PHONE);
    const first = await eventually(
      () => Promise.resolve(police.distinct()),
      (list) => list.length === 1,
      20_000,
    );
    const incident = first[0];
    expect(incident.body.case).toBe('transfer');
    if (incident.body.case !== 'transfer') throw new Error('no transfer');
    expect(incident.body.value).toMatchObject({
      matter: '城正街88号有人持刀斗殴',
      callbackNumber: PHONE,
      emergency: true,
    });
    expect(incident.body.value.location).toMatchObject({ district: '雨湖区', address: '城正街88号' });

    // 110 is silent: the transfer is sent again (same message id) and the operator is alerted after 5 s.
    for (let i = 0; i < 4; i += 1) {
      advance(3);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await eventually(
      () => Promise.resolve(police.received.length),
      (count) => count >= 3,
      20_000,
    );
    expect(police.distinct()).toHaveLength(1);
    const waiting = await eventually(
      () => transfersOf(workOrderId, 'unacknowledged'),
      (items) => items[0]?.alertedAt !== undefined,
      20_000,
    );
    expect(waiting[0]).toMatchObject({ status: 'sent', alertedAt: expect.any(String) });

    await police.answer(incident, new Date(clock), {
      case: 'acknowledgement',
      value: {
        acknowledgedMessageId: incident.messageId,
        outcome: AcknowledgementOutcome.ACCEPTED,
        decidedBy: '110调度员',
        receiverReference: 'JJ-2026-0001',
      },
    });
    const accepted = await eventually(
      () => transfersOf(workOrderId),
      (items) => items[0]?.status === 'accepted',
      20_000,
    );
    expect(accepted[0]).toMatchObject({ partnerReference: 'JJ-2026-0001', acknowledgedAt: expect.any(String) });
    expect(await allTransfersOf(workOrderId, 'unacknowledged')).toEqual([]);
    const attempts = accepted[0].attempts;
    advance(60);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await transfersOf(workOrderId))[0].attempts).toBe(attempts);

    await police.answer(incident, new Date(clock), {
      case: 'statusUpdate',
      value: { status: IncidentStatus.ON_SCENE, note: '民警已到场' },
    });
    const progressed = await eventually(
      () => transfersOf(workOrderId),
      (items) => items[0]?.status === 'in-progress',
      20_000,
    );
    expect(progressed[0].detail).toContain('ON_SCENE');

    // R14.1: the transfer, the alert and the partner's answers are steps of the request's record.
    const { steps, timeline } = await timelineTransferSteps(call, SUPERVISOR, workOrderId, 5);
    expect(steps).toEqual([
      'transfer-unacknowledged:unrouted',
      'transfer-sent:sent',
      'transfer-unacknowledged:sent',
      'transfer-answered:accepted',
      'transfer-answered:in-progress',
    ]);
    expect(timeline.text).not.toContain(PHONE);
  });

  it('R10.1 a rejection with a cause returns the transfer to the operator', async () => {
    const workOrderId = await emergencyRejected('河边有人落水');
    const sent = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, { partner: '110' });
    expect(sent.status).toBe(201);
    const incident = (
      await eventually(
        () => Promise.resolve(police.distinct().filter((e) => e.sharedIncidentId === sent.body.sharedIncidentId)),
        (l) => l.length === 1,
        20_000,
      )
    )[0];
    if (incident.body.case !== 'transfer') throw new Error('no transfer');
    expect(incident.body.value.callbackNumber).toBe('');
    expect(incident.sequence).toBeGreaterThan(1n);
    await police.answer(incident, new Date(clock), {
      case: 'acknowledgement',
      value: {
        acknowledgedMessageId: incident.messageId,
        outcome: AcknowledgementOutcome.REJECTED,
        cause: RejectionCause.LOCATION_UNKNOWN,
        detail: '地址不详，请核实',
      },
    });
    const rejected = await eventually(
      () => transfersOf(workOrderId),
      (items) => items[0]?.status === 'rejected',
      20_000,
    );
    expect(rejected[0]).toMatchObject({ cause: 'LOCATION_UNKNOWN', detail: '地址不详，请核实' });
    expect((await call('GET', '/api/v1/linkage/transfers?status=rejected', SUPERVISOR)).body.items).toHaveLength(1);
  });

  it('R10.1 refuses an unknown partner, a bad work-order id or a bad filter, and never logs the callback number', async () => {
    const workOrderId = await emergencyRejected('路口有人晕倒');
    expect(
      (await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, { partner: 'nosuch' })).status,
    ).toBe(404);
    expect((await call('POST', `/api/v1/work-orders/not-a-uuid/transfers`, OPERATOR, { partner: '110' })).status).toBe(
      400,
    );
    const badFilter = await call('GET', '/api/v1/linkage/transfers?status=lost', OPERATOR);
    expect(badFilter.status).toBe(400);
    expect(badFilter.text).toContain('status');
    for (const service of suite.platform.services) expect(service.output()).not.toContain(PHONE);
  });

  it('R10.1 a matter 110 hands over three times becomes one work order on channel partner, and 110 gets its number', async () => {
    const sharedIncidentId = randomUUID();
    const matter = handedOverMatter(sharedIncidentId, 'JJ-IN-0001');
    const first = police.envelope(new Date(clock), sharedIncidentId, matter);
    await police.publish(first);
    await police.publish(first);
    await police.publish(police.envelope(new Date(clock), sharedIncidentId, matter));
    const acks = await eventually(
      () =>
        Promise.resolve(
          police.distinct().filter((e) => e.sharedIncidentId === sharedIncidentId && e.body.case === 'acknowledgement'),
        ),
      (list) => list.length >= 1,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const all = police.distinct().filter((e) => e.sharedIncidentId === sharedIncidentId);
    expect(all).toHaveLength(1);
    const ack = acks[0];
    if (ack.body.case !== 'acknowledgement') throw new Error('no acknowledgement');
    expect(ack.body.value).toMatchObject({
      outcome: AcknowledgementOutcome.ACCEPTED,
      acknowledgedMessageId: first.messageId,
    });
    const number = ack.body.value.receiverReference;
    expect(number).toMatch(/^XT\d+$/);
    const found = await workOrderOfIncident(sharedIncidentId);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ number });
    const view = await call('GET', `/api/v1/work-orders/${found[0].id}`, SUPERVISOR);
    expect(view.body.request).toMatchObject({ channel: 'partner', type: 'complaint' });
    expect(view.text).not.toContain('13907310099');

    // then the statuses of the work order it handed over: dispatched
    const dispatched = await step(
      `/api/v1/work-orders/${found[0].id}/dispatch`,
      OPERATOR,
      { leadUnitId: 'xt-cgj' },
      200,
    );
    expect(dispatched.status).toBe('dispatched');
    const updates = await eventually(
      () => Promise.resolve(statusUpdatesOf(sharedIncidentId)),
      (list) => list.length >= 1,
      30_000,
    );
    expect(updates[0]).toMatchObject({ status: IncidentStatus.DISPATCHED, receiverReference: number });
  });

  it('R10.1 the partner simulator (npm run partner -- --as 120 listen) accepts a transfer and reports its status', async () => {
    const root = join(__dirname, '..', '..', '..');
    const simulator = spawn(
      process.execPath,
      [
        '-r',
        './scripts/dist-paths.cjs',
        'dist/services/linkage/src/simulator/partner-simulator.js',
        '--as',
        '120',
        'listen',
        '--seconds',
        '60',
      ],
      { cwd: root, env: { ...process.env, ...suite.environment.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let errors = '';
    simulator.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    simulator.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    try {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(errors).toBe('');
      const workOrderId = await emergencyRejected('小区门口有人受伤流血');
      const sent = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, {
        partner: '120',
        shareCallback: true,
      });
      expect(sent.status).toBe(201);
      // The simulator may still be starting when the first try goes out: the clock moves, and the transfer is sent again.
      const done = await eventually(
        () => (advance(2), transfersOf(workOrderId)),
        (items) => items[0]?.status === 'in-progress',
        60_000,
        1_000,
      );
      expect(done[0]).toMatchObject({ partnerReference: expect.stringMatching(/^120-/) });
      expect(output).toContain('"received":"transfer"');
      expect(output).not.toContain(PHONE);
    } finally {
      simulator.kill();
    }
  });

  it('R10.1 a status update that reaches a transfer 110 has completed does not reopen it', async () => {
    const workOrderId = await emergencyRejected('建设路口两车相撞有人被困');
    const sent = await call('POST', `/api/v1/work-orders/${workOrderId}/transfers`, OPERATOR, { partner: '110' });
    expect(sent.status).toBe(201);
    const [incident] = await eventually(
      () =>
        Promise.resolve(
          police
            .distinct()
            .filter((e) => e.body.case === 'transfer' && e.body.value.matter === '建设路口两车相撞有人被困'),
        ),
      (list) => list.length === 1,
      20_000,
    );
    await police.answer(incident, new Date(clock), {
      case: 'completion',
      value: { outcome: CompletionOutcome.COMPLETED, disposition: '伤员已送医，现场已清理' },
    });
    await eventually(
      () => transfersOf(workOrderId),
      (items) => items[0]?.status === 'completed',
      20_000,
    );

    // a late "on scene" (a retried post, or messages out of order) is kept among 110's messages, and changes nothing
    const stored = await storedPartnerMessages(suite.environment.databaseUrl);
    await police.answer(incident, new Date(clock), {
      case: 'statusUpdate',
      value: { status: IncidentStatus.ON_SCENE, note: '民警已到场' },
    });
    await eventually(
      () => storedPartnerMessages(suite.environment.databaseUrl),
      (count) => count === stored + 1,
      20_000,
    );
    const [transfer] = await transfersOf(workOrderId);
    expect(transfer).toMatchObject({ status: 'completed', detail: 'COMPLETED: 伤员已送医，现场已清理' });
    const { steps } = await timelineTransferSteps(call, SUPERVISOR, workOrderId, 3);
    expect(steps).toEqual(['transfer-unacknowledged:unrouted', 'transfer-sent:sent', 'transfer-answered:completed']);
  });

  // Last: it moves the clock days on, and the simulator above answers on the real clock.
  it('R10.1 110 hears that its matter counts as signed when the unit lets the sign limit pass (R16.1), once', async () => {
    const sharedIncidentId = randomUUID();
    await police.publish(
      police.envelope(new Date(clock), sharedIncidentId, handedOverMatter(sharedIncidentId, 'JJ-IN-0002')),
    );
    const [order] = await workOrderOfIncident(sharedIncidentId);
    const dispatched = await step(`/api/v1/work-orders/${order.id}/dispatch`, OPERATOR, { leadUnitId: 'xt-cgj' }, 200);
    await eventually(
      () => Promise.resolve(statusUpdatesOf(sharedIncidentId)),
      (list) => list.length >= 1,
      30_000,
    );

    advance(3 * 86_400);
    await eventually(
      () => call('GET', `/api/v1/work-orders/${order.id}`, SUPERVISOR),
      (answer) => answer.body.status === 'handling',
      30_000,
    );
    await eventually(
      () => Promise.resolve(statusUpdatesOf(sharedIncidentId)),
      (list) => list.length >= 2,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const statuses = statusUpdatesOf(sharedIncidentId);
    expect(statuses.map((update) => update.status)).toEqual([IncidentStatus.DISPATCHED, IncidentStatus.IN_PROGRESS]);
    expect(statuses[1]).toMatchObject({ note: 'deem-signed → handling', receiverReference: order.number });

    // The dispatch again, as a late delivery under a new event id would bring it: older than what 110 heard last, it
    // takes nothing back.
    await publishEvent(
      suite.environment,
      stepEventOf('dispatch'),
      {
        workOrderId: order.id,
        version: dispatched.version,
        step: 'dispatch',
        from: 'awaiting-dispatch',
        to: 'dispatched',
        at: new Date(clock).toISOString(),
        requirements: ['R15.3', 'R15.4', 'R15.5', 'R22.1'],
        details: {},
        state: { channel: 'partner' },
      },
      { actor: { kind: 'user', id: 'op-7', role: 'operator' }, workOrderId: order.id, occurredAt: new Date(clock) },
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(statusUpdatesOf(sharedIncidentId)).toHaveLength(2);
  });
});
