// Branch centres' orders (R10.2) through the gateway, as built processes: linkage's sync event on JetStream, then the
// work-order list and view over HTTP as a supervisor and as the unit answering for them.
import { BranchOrderSynced, BranchOrderSyncedPayload } from '@hotline/contracts';
import { bearer, beijingTime, eventually, platformSuite, publishEvent } from '@hotline/testing';
import { randomUUID } from 'node:crypto';

const UNIT_ID = randomUUID();
const beijing = beijingTime;

describe('branch orders through the gateway (built services, real HTTP, NATS JetStream, Postgres)', () => {
  const suite = platformSuite('branch-orders-e2e', {
    backends: ['supervision', 'dispatch'],
    env: { LOG_LEVEL: 'warn' },
    startAt: beijing('2026-03-12 09:00'),
  });
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const UNIT = bearer(['unit'], 'staff-of-branch-unit', UNIT_ID);
  const OTHER_UNIT = bearer(['unit'], 'staff-of-yuetang', 'xt-yuetang');

  const order: BranchOrderSyncedPayload = {
    id: randomUUID(),
    branch: '12315',
    externalId: 'SCJ-2026-000731',
    version: 2,
    number: '12315-20260302-0731',
    unitId: UNIT_ID,
    handlingUnit: '雨湖区市场监督管理局',
    requestType: 'complaint',
    category: '食品安全',
    district: '雨湖区',
    matter: '超市销售过期牛奶，要求查处',
    status: 'handling',
    acceptedAt: beijing('2026-03-02 09:00').toISOString(),
    dueAt: beijing('2026-03-10 00:00').toISOString(),
    updatedAt: beijing('2026-03-03 10:00').toISOString(),
  };

  beforeAll(async () => {
    await publishEvent(suite.environment, BranchOrderSynced, order, {
      actor: { kind: 'system', id: 'linkage' },
      workOrderId: order.id,
      occurredAt: new Date(order.updatedAt),
    });
  });

  it('R10.2 lists and shows a branch order marked as one, to the supervisor and to the unit answering for it', async () => {
    const listed = await eventually(
      () => suite.call('GET', '/api/v1/work-orders?origin=branch&branch=12315', SUPERVISOR),
      (answer) => answer.status === 200 && answer.body.items.length === 1,
      30_000,
    );
    expect(listed.body.items[0]).toMatchObject({
      id: order.id,
      origin: 'branch',
      branch: '12315',
      number: order.number,
      status: 'handling',
      branchStatus: 'handling',
      leadUnitId: UNIT_ID,
      overdue: true,
    });

    const view = await suite.call('GET', `/api/v1/work-orders/${order.id}`, UNIT);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      origin: 'branch',
      statusName: '办理中',
      branch: { code: '12315', number: order.number, handlingUnit: '雨湖区市场监督管理局', matter: order.matter },
    });
    // its caller stays with the branch centre
    expect(view.body).not.toHaveProperty('caller');

    const own = await suite.call('GET', '/api/v1/work-orders?origin=branch', UNIT);
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([order.id]);
    expect((await suite.call('GET', `/api/v1/work-orders/${order.id}`, OTHER_UNIT)).status).toBe(403);
    expect((await suite.call('GET', '/api/v1/work-orders?origin=branch', OTHER_UNIT)).body.items).toEqual([]);
    const timeline = await suite.call('GET', `/api/v1/work-orders/${order.id}/timeline`, UNIT);
    expect(timeline.body.items).toMatchObject([{ type: BranchOrderSynced.type, summary: { version: 2 } }]);
  });

  it('R10.2 refuses an unknown origin or a malformed branch code with a 400 naming the field', async () => {
    const origin = await suite.call('GET', '/api/v1/work-orders?origin=partner', SUPERVISOR);
    expect(origin.status).toBe(400);
    expect(origin.text).toContain('origin');
    const branch = await suite.call('GET', '/api/v1/work-orders?branch=12315%27%20OR%201%3D1', SUPERVISOR);
    expect(branch.status).toBe(400);
    expect(branch.text).toContain('branch');
  });
});
