import { bearer, beijingTime, eventually, Json, platformSuite } from '@hotline/testing';
import { STREET_UNIT, streetLightComplaint } from './support/street-light';

/** Issue 17: a unit's inbox in deadline order across pages, over HTTP against the built services. */
describe('the work-order list in deadline order (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('wo-due-order-e2e', { startAt: beijingTime('2026-11-02 08:30') });
  const OPERATOR = bearer(['operator'], 'op-1');
  const STREET = bearer(['unit'], 'staff-of-chengzheng', STREET_UNIT);
  const { call, step } = suite;

  async function request(content: string): Promise<string> {
    const created = await call('POST', '/api/v1/requests', OPERATOR, streetLightComplaint(content));
    expect(created.status).toBe(201);
    return (created.body.workOrder as { id: string }).id;
  }

  /** Every page of GET /api/v1/work-orders?sort=due as the unit sees it, two at a time. */
  async function everyPageByDeadline(): Promise<Json[]> {
    const items: Json[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(
        'GET',
        `/api/v1/work-orders?sort=due&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        STREET,
      );
      expect(page.status).toBe(200);
      items.push(...(page.body.items as Json[]));
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor);
    return items;
  }

  it('R14.1 a unit pages through its work orders nearest deadline first, each once, whichever came in first', async () => {
    const ids: string[] = [];
    for (const street of ['一', '二', '三', '四', '五']) ids.push(await request(`建设北路第${street}盏路灯不亮`));
    // Dispatched on five working days in an order of their own: the earlier dispatched, the nearer its deadline.
    const dispatchOrder = [ids[2], ids[0], ids[4], ids[1], ids[3]] as string[];
    for (const [day, id] of dispatchOrder.entries()) {
      suite.at(`2026-11-0${day + 2} 09:00`);
      await step(`/api/v1/work-orders/${id}/dispatch`, OPERATOR, { leadUnitId: STREET_UNIT }, 200);
    }

    const listed = await eventually(everyPageByDeadline, (items) => items.length === ids.length);
    expect(listed.map((item) => item.id)).toEqual(dispatchOrder);
    const dues = listed.map((item) => Date.parse(item.due as string));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(dues.length);
  });

  it('R14.1 refuses an unknown order, and a newest-first cursor in deadline order, naming the field', async () => {
    const unknown = await call('GET', '/api/v1/work-orders?sort=oldest', STREET);
    expect(unknown).toMatchObject({ status: 400, body: { details: [expect.objectContaining({ field: 'sort' })] } });
    const newest = await call('GET', '/api/v1/work-orders?limit=1', STREET);
    const mixed = await call(
      'GET',
      `/api/v1/work-orders?sort=due&cursor=${encodeURIComponent(newest.body.nextCursor as string)}`,
      STREET,
    );
    expect(mixed).toMatchObject({ status: 400, body: { details: [expect.objectContaining({ field: 'cursor' })] } });
  });
});
