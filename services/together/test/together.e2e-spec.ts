import { ALL_BACKENDS, bearer, eventually, Json, platformSuite, seededUnits, stopService } from '@hotline/testing';

describe('every service in one Node process (services/together), talking over NATS as in their own', () => {
  const suite = platformSuite('together', { layout: 'together' });
  const gatewayUrl = () => suite.platform.gatewayUrl;

  it('is one process, and the gateway reports every service in it ready', async () => {
    expect(suite.platform.services.map((service) => service.name)).toEqual(['together']);
    const readiness = await eventually(
      () => fetch(`${gatewayUrl()}/readyz`).then((response) => response.json() as Promise<Json>),
      (body) => body['status'] === 'ok',
      60_000,
      250,
    );
    for (const name of ALL_BACKENDS) expect(readiness['details'][`service:${name}`]).toEqual({ status: 'up' });
  });

  it('takes a work order from the call to the callback, every step on its timeline', async () => {
    const unit = (await seededUnits(gatewayUrl()))(/^雨湖区/);
    const operator = bearer(['operator'], 'op-1');
    const reviewer = bearer(['reviewer'], 'rv-1');
    const created = await suite.call('POST', '/api/v1/requests', operator, {
      channel: 'phone',
      caller: { name: '李建国', phone: '13907325678' },
      content: '雨湖区建设北路路灯不亮已一周',
      type: 'complaint',
      location: { district: '雨湖区', address: '建设北路' },
    });
    expect(created.status).toBe(201);
    const path = `/api/v1/work-orders/${String(created.body.workOrder.id)}`;
    await suite.step(`${path}/dispatch`, operator, { leadUnitId: unit.id }, 200);
    await suite.step(`${path}/sign`, unit.token, {}, 200);
    const reply = await suite.step(
      `${path}/replies`,
      unit.token,
      {
        handledBy: '雨湖区城管局 张三',
        handledAt: new Date().toISOString(),
        process: '现场更换灯具',
        result: '路灯已恢复',
        callerContacted: true,
        contactMethod: 'phone',
        outcome: 'solved',
      },
      201,
    );
    await suite.step(`${path}/replies/${String(reply.id)}/review`, reviewer, { pass: true }, 200);
    await suite.step(`${path}/callbacks`, reviewer, { satisfaction: 'satisfied', contacted: true }, 200);

    const finished = await eventually(
      () => suite.call('GET', path, operator),
      (answer) => answer.body.status === 'closed',
      20_000,
    );
    expect(finished.status).toBe(200);
    const timeline = await eventually(
      () => suite.call('GET', `${path}/timeline`, operator),
      (answer) => ((answer.body.items as Json[] | undefined) ?? []).length >= 6,
      20_000,
    );
    expect((timeline.body.items as Json[]).map((entry) => entry.type)).toEqual([
      'workorder.created',
      'workorder.assigned',
      'workorder.signed',
      'workorder.replied',
      'workorder.completed',
      'workorder.callback-recorded',
    ]);
  });

  it('closes every service in it and exits 0 within 10 s of SIGTERM', async () => {
    const [together] = suite.platform.services;
    const { code, ms } = await stopService(together!, 'SIGTERM', 12_000);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
  });
});
