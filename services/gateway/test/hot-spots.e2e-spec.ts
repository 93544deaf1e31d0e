import { bearer, beijingTime, eventually, Json, platformSuite } from '@hotline/testing';
import { Client } from 'pg';

/**
 * R23.1 trigger 2 (集中投诉举报的热点) over HTTP against the built services: four weeks of ordinary traffic, then 30
 * complaints about one street and category within a day. The job runs every 300 ms at the test clock's time; a hot spot
 * needs at least 5 complaints in the last 24 h and 3 times the mean of the same hours on the four previous Mondays.
 */
describe('R23.1 hot spots (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('hot-spots', {
    env: {
      HOTLINE_HOT_SPOT_SWEEP_MS: '300',
      HOTLINE_HOT_SPOT_MIN_COUNT: '5',
      HOTLINE_HOT_SPOT_RATIO: '3',
      HOTLINE_HOT_SPOT_WINDOW_HOURS: '24',
      HOTLINE_HOT_SPOT_BASELINE_WEEKS: '4',
    },
    startAt: beijingTime('2026-02-26 10:00'),
  });
  const OPERATOR = bearer(['operator'], 'op-1');
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const { call, at } = suite;
  const LAMPS = { district: '雨湖区', street: '城正街街道', category: '路灯' };
  const NOISE = { district: '岳塘区', street: '宝塔街道', category: '噪音' };

  async function complaint(place: { district: string; street: string; category: string }, n: number): Promise<string> {
    const created = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { anonymous: true },
      content: `${place.street}${place.category}问题第${n}次反映`,
      type: 'complaint',
      category: place.category,
      location: { district: place.district, street: place.street },
    });
    expect(created.status).toBe(201);
    return created.body.workOrder.id as string;
  }

  async function complaints(place: typeof LAMPS, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) ids.push(await complaint(place, n));
    return ids;
  }

  const hotSpots = () =>
    call('GET', '/api/v1/hot-spots?limit=50', SUPERVISOR).then((answer) => answer.body.items as Json[]);

  it('R23.1 30 complaints about one street and category within a day make one hot spot linking all 30; ordinary traffic none', async () => {
    // The platform starts recording the week before (a consultation, not counted itself).
    const first = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { anonymous: true },
      content: '公积金提取需要什么材料',
      type: 'consultation',
      location: { district: '雨湖区' },
    });
    expect(first.status).toBe(201);

    // Four Mondays of ordinary traffic: 6 noise complaints in 宝塔街道 (above the floor of 5), 2 lamp complaints.
    for (const monday of ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']) {
      at(`${monday} 07:00`);
      await complaints(NOISE, 6);
      await complaints(LAMPS, 2);
      at(`${monday} 08:00`);
      expect(await hotSpots()).toEqual([]);
    }

    // The fifth Monday: the same ordinary noise, and 30 lamp complaints over the day.
    at('2026-03-30 08:00');
    await complaints(NOISE, 6);
    const lamps: string[] = [];
    for (const time of ['09:00', '12:00', '15:00']) {
      at(`2026-03-30 ${time}`);
      lamps.push(...(await complaints(LAMPS, 10)));
    }
    at('2026-03-30 16:00');

    const items = await eventually(
      hotSpots,
      (found) => found.length > 0 && found.every((item) => item.count === 30),
      60_000,
    );
    expect(items).toHaveLength(1);
    const [hotSpot] = items as [Json];
    expect(hotSpot).toMatchObject({ ...LAMPS, count: 30, baseline: 2, active: true });
    expect([...(hotSpot.workOrderIds as string[])].sort()).toEqual([...lamps].sort());
    // the daily trend: two weeks before the window up to the last complaint, every day shown
    expect(hotSpot.trend).toHaveLength(15);
    expect(hotSpot.trend).toEqual(
      expect.arrayContaining([
        { day: '2026-03-16', count: 2 },
        { day: '2026-03-22', count: 0 },
        { day: '2026-03-23', count: 2 },
        { day: '2026-03-30', count: 30 },
      ]),
    );
    // The noise of 宝塔街道 (6 in the window, 6 on each earlier Monday) is its normal traffic: no hot spot.
    expect(items.filter((item) => item.street === NOISE.street)).toEqual([]);

    // Through the outbox: one HotSpotDetected, and HotSpotGrew events with only the added ids, 30 distinct in all.
    const client = new Client({ connectionString: suite.environment.databaseUrl });
    await client.connect();
    try {
      const events = (
        await client.query(
          `SELECT type, envelope -> 'payload' AS payload FROM supervision.outbox
            WHERE type IN ('supervision.hot-spot-detected', 'supervision.hot-spot-grew') ORDER BY seq`,
        )
      ).rows as { type: string; payload: Json }[];
      expect(events.filter((event) => event.type === 'supervision.hot-spot-detected')).toHaveLength(1);
      const linked = events.flatMap((event) => event.payload.workOrderIds as string[]);
      expect(linked).toHaveLength(30);
      expect([...linked].sort()).toEqual([...lamps].sort());
      expect(new Set(events.map((event) => event.payload.hotSpotId))).toEqual(new Set([hotSpot.id]));
    } finally {
      await client.end();
    }

    // Linked, never merged: every lamp complaint keeps its own work order and handling.
    const view = await call('GET', `/api/v1/work-orders/${lamps[0]!}`, SUPERVISOR);
    expect(view.body).toMatchObject({ id: lamps[0], status: 'awaiting-dispatch' });
  });

  it('R23.1 the list is the supervisor’s, with since and cursor checked', async () => {
    expect((await call('GET', '/api/v1/hot-spots', OPERATOR)).status).toBe(403);
    expect((await call('GET', '/api/v1/hot-spots?since=yesterday', SUPERVISOR)).status).toBe(400);
    expect((await call('GET', '/api/v1/hot-spots?cursor=bm9wZQ', SUPERVISOR)).status).toBe(400);
    const later = await call(
      'GET',
      `/api/v1/hot-spots?since=${encodeURIComponent('2026-04-30T00:00:00+08:00')}`,
      SUPERVISOR,
    );
    expect(later.body).toEqual({ items: [] });
  });
});
