// Handling and the gateway as built processes, driven over HTTP like a client. Work orders arrive as dispatch
// announces them: a step event on JetStream whose snapshot the domain built.
import { WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import { applyWorkOrderCommand, createWorkOrder, workOrderToJson } from '@hotline/domain';
import { bearer, beijingTime, eventually, platformSuite, publishEvent } from '@hotline/testing';
import { randomUUID } from 'node:crypto';

const LEAD = 'unit-yuhu-district';
const OTHER = 'unit-xiangtan-county';
const beijing = beijingTime;

describe('handling through the gateway, as built processes (real HTTP, NATS JetStream, Postgres)', () => {
  const suite = platformSuite('handling-e2e', {
    backends: ['handling'],
    env: { LOG_LEVEL: 'warn', HOTLINE_DEEM_SIGNED_SWEEP_MS: '500' },
    startAt: beijing('2026-03-02 11:00'),
  });
  const unitToken = (unitId: string) => bearer(['unit'], `${unitId}-handler`, unitId);
  const reviewerToken = bearer(['reviewer'], 'rv-1');
  const setNow = (at: Date) => suite.platform.setClock(at);
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await suite.call(method, path, token, body);
    return { status: answer.status, json: answer.body as Record<string, unknown> };
  };

  /** Dispatch's `assigned` event for a new complaint dispatched to `lead` at `at`; resolves when the unit sees it. */
  async function dispatched(at: Date, lead = LEAD): Promise<string> {
    const operator = { role: 'operator' as const, id: 'op-1' };
    const received = createWorkOrder(
      { id: randomUUID(), type: 'complaint', channel: 'phone' },
      { actor: operator, now: at },
    ).order;
    const accepted = applyWorkOrderCommand(
      received,
      { event: 'accept-for-dispatch' },
      { actor: operator, now: at },
    ).order;
    const { order, step } = applyWorkOrderCommand(
      accepted,
      { event: 'dispatch', leadUnitId: lead },
      { actor: operator, now: at },
    );
    const definition = WorkOrderStepEvents.dispatch;
    const payload: WorkOrderStepPayload = {
      workOrderId: order.id,
      version: order.version,
      step: step.event,
      from: step.from,
      to: step.to,
      at: at.toISOString(),
      requirements: [...step.requirements],
      details: JSON.parse(JSON.stringify(step.details)) as Record<string, unknown>,
      state: workOrderToJson(order),
    };
    await publishEvent(suite.environment, definition, payload, {
      actor: { kind: 'user', id: 'op-1', role: 'operator' },
      workOrderId: order.id,
      occurredAt: at,
    });
    await eventually(
      () => call('GET', '/api/v1/units/me/tasks', unitToken(lead)),
      (answer) =>
        answer.status === 200 &&
        (answer.json.items as Array<{ workOrderId: string }>).some((task) => task.workOrderId === order.id),
    );
    return order.id;
  }

  it('R16.1 signs over HTTP (200 with the due times); another unit gets 403, a bad id 400, an unknown one 404', async () => {
    const id = await dispatched(beijing('2026-03-02 11:00'));
    setNow(beijing('2026-03-02 15:00'));
    expect((await call('POST', `/api/v1/work-orders/${id}/sign`, unitToken(OTHER), {})).status).toBe(403);
    const signed = await call('POST', `/api/v1/work-orders/${id}/sign`, unitToken(LEAD), {});
    expect(signed.status).toBe(200);
    expect(signed.json).toMatchObject({
      id,
      status: 'handling',
      deadlines: { handling: { due: '2026-03-10T00:00:00+08:00' } },
    });
    const inHandling = await call('GET', '/api/v1/units/me/tasks?status=handling', unitToken(LEAD));
    const tasks = inHandling.json.items as Array<{ workOrderId: string; status: string }>;
    expect(tasks.map((task) => task.workOrderId)).toContain(id);
    expect(tasks.every((task) => task.status === 'handling')).toBe(true);
    const stillDispatched = await call('GET', '/api/v1/units/me/tasks?status=dispatched', unitToken(LEAD));
    expect(
      (stillDispatched.json.items as Array<{ workOrderId: string }>).map((task) => task.workOrderId),
    ).not.toContain(id);
    expect(await call('GET', '/api/v1/units/me/tasks?status=signed', unitToken(LEAD))).toMatchObject({
      status: 400,
      json: { details: [{ field: 'status' }] },
    });
    const malformed = await call('POST', '/api/v1/work-orders/not-a-uuid/sign', unitToken(LEAD), {});
    expect(malformed).toMatchObject({
      status: 400,
      json: { details: [{ field: 'id', problems: ['must be a uuid'] }] },
    });
    expect((await call('POST', `/api/v1/work-orders/${randomUUID()}/sign`, unitToken(LEAD), {})).status).toBe(404);
    expect((await call('POST', `/api/v1/work-orders/${id}/sign`, reviewerToken, {})).status).toBe(403);
  });

  it('R16.1 two concurrent signs over HTTP: one 200, one 409', async () => {
    const id = await dispatched(beijing('2026-03-02 11:00'));
    setNow(beijing('2026-03-02 16:00'));
    const answers = await Promise.all(
      [1, 2].map(() => call('POST', `/api/v1/work-orders/${id}/sign`, unitToken(LEAD), {})),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('R17.2/R18.1/R19.1 extension, reply and review over HTTP: 201 with the request id, 200 with the work order', async () => {
    const id = await dispatched(beijing('2026-03-02 11:00'));
    setNow(beijing('2026-03-02 15:00'));
    const signed = await call('POST', `/api/v1/work-orders/${id}/sign`, unitToken(LEAD), {});
    setNow(beijing('2026-03-05 10:00'));
    const invalid = await call('POST', `/api/v1/work-orders/${id}/extensions`, unitToken(LEAD), {
      workingDays: 'three',
      reason: '需协调',
    });
    expect(invalid).toMatchObject({ status: 400, json: { message: expect.stringContaining('workingDays') } });
    const asked = await call('POST', `/api/v1/work-orders/${id}/extensions`, unitToken(LEAD), {
      workingDays: 2,
      reason: '需协调',
    });
    expect(asked).toMatchObject({
      status: 201,
      json: { id: `${id}:${Number(signed.json.version) + 1}`, workOrder: { status: 'extension-requested' } },
    });
    const approved = await call(
      'POST',
      `/api/v1/work-orders/${id}/extensions/${String(asked.json.id)}/decision`,
      reviewerToken,
      { approve: true },
    );
    expect(approved).toMatchObject({
      status: 200,
      json: { status: 'handling', deadlines: { handling: { due: '2026-03-12T00:00:00+08:00' } } },
    });
    const second = await call('POST', `/api/v1/work-orders/${id}/extensions`, unitToken(LEAD), {
      workingDays: 1,
      reason: '仍需协调',
    });
    expect(second.status).toBe(422);
    const reply = await call('POST', `/api/v1/work-orders/${id}/replies`, unitToken(LEAD), {
      handledBy: '雨湖区城管局 王伟',
      handledAt: '2026-03-05T10:00:00+08:00',
      process: '现场核查并维修',
      result: '已修复',
      callerContacted: true,
      outcome: 'solved',
    });
    expect(reply).toMatchObject({ status: 201, json: { workOrder: { status: 'replied' } } });
    const passed = await call(
      'POST',
      `/api/v1/work-orders/${id}/replies/${String(reply.json.id)}/review`,
      reviewerToken,
      { pass: true },
    );
    expect(passed).toMatchObject({ status: 200, json: { status: 'completed' } });
  });

  it('publishes the handling paths and body rules in the OpenAPI document', async () => {
    const document = (await (await fetch(`${suite.platform.gatewayUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/work-orders/{id}/sign',
        '/api/v1/work-orders/{id}/returns',
        '/api/v1/work-orders/{id}/extensions/{eid}/decision',
        '/api/v1/work-orders/{id}/replies/{rid}/review',
        '/api/v1/work-orders/{id}/contributions',
        '/api/v1/units/me/tasks',
      ]),
    );
    expect(document.components.schemas['SubmitReplyBody'].required).toEqual(
      expect.arrayContaining(['handledBy', 'handledAt', 'process', 'result', 'callerContacted', 'outcome']),
    );
  });

  it('R16.1/R16.2 the running service deems signed a work order whose sign limit passed, on the clock it is given', async () => {
    setNow(beijing('2026-03-09 11:00'));
    const id = await dispatched(beijing('2026-03-09 11:00'));
    setNow(beijing('2026-03-11 08:00'));
    const tasks = await eventually(
      () => call('GET', '/api/v1/units/me/tasks', unitToken(LEAD)),
      (answer) =>
        (answer.json.items as Array<{ workOrderId: string; status: string }>).some(
          (task) => task.workOrderId === id && task.status === 'handling',
        ),
    );
    const task = (tasks.json.items as Array<{ workOrderId: string; workOrder: { signing?: unknown } }>).find(
      (item) => item.workOrderId === id,
    );
    expect(task?.workOrder.signing).toMatchObject({
      deemed: true,
      late: true,
      signedAt: beijing('2026-03-11 00:00').toISOString(),
    });
  });
});
