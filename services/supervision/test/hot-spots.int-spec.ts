import { INestApplication } from '@nestjs/common';
import { beijingTime } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DetectHotSpotsCommand, DetectHotSpotsUseCase } from '../src/hot-spots/detect-hot-spots.use-case';
import { HotSpot } from '../src/hot-spots/hot-spot.entity';
import { WorkOrderListing } from '../src/work-orders/work-order-listing.entity';
import { supervisionWithProducerSuite } from './supervision-with-producer';

const at = beijingTime;

/**
 * R23.1 trigger 2 on real Postgres: the job over supervision's listing, run twice at once and again, records one hot
 * spot and one `HotSpotDetected`; later work orders join it with `HotSpotGrew` naming only them.
 */
describe('R23.1 the hot-spot job (real Postgres)', () => {
  const running = supervisionWithProducerSuite('hot-spots');
  let supervision: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    supervision = running.supervision;
    dataSource = supervision.get(DataSource);
  });

  async function listed(
    count: number,
    receivedAt: string,
    street = '城正街街道',
    type = 'complaint',
  ): Promise<string[]> {
    const rows: WorkOrderListing[] = Array.from({ length: count }, () => ({
      id: randomUUID(),
      number: null,
      type,
      district: '雨湖区',
      category: '路灯',
      receivedAt: at(receivedAt),
      currentDue: null,
      status: 'received',
      leadUnitId: null,
      coUnitIds: [],
      request: {
        content: '路灯坏了',
        channel: 'phone',
        type,
        category: '路灯',
        location: { district: '雨湖区', street },
        receivedAt: at(receivedAt).toISOString(),
      } as WorkOrderListing['request'],
    }));
    await dataSource.getRepository(WorkOrderListing).insert(rows);
    return rows.map((row) => row.id);
  }

  const events = async (type: string) =>
    (
      (await dataSource.query(
        `SELECT envelope -> 'payload' AS payload FROM supervision.outbox WHERE type = $1 ORDER BY seq`,
        [type],
      )) as { payload: { hotSpotId: string; count: number; workOrderIds: string[] } }[]
    ).map((row) => row.payload);

  it('R23.1 records one hot spot with all its work orders, exactly once, and joins later ones to it', async () => {
    const detect = supervision.get(DetectHotSpotsUseCase);
    await listed(1, '2026-02-20 10:00', '建设路街道', 'consultation'); // recording began weeks before
    for (const monday of ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']) await listed(2, `${monday} 07:00`);
    await listed(3, '2026-03-30 07:00', '窑湾街道'); // another street, below the floor
    const spike = await listed(12, '2026-03-30 09:00');

    const now = at('2026-03-30 10:00');
    const runs = await Promise.all([
      detect.execute(new DetectHotSpotsCommand(now)),
      detect.execute(new DetectHotSpotsCommand(now)),
    ]);
    const again = await detect.execute(new DetectHotSpotsCommand(now));
    expect(runs.flatMap((run) => run.detected)).toHaveLength(1);
    expect(again).toEqual({ detected: [], grew: [] });

    const hotSpots = await dataSource.getRepository(HotSpot).find();
    expect(hotSpots).toHaveLength(1);
    expect(hotSpots[0]).toMatchObject({ street: '城正街街道', category: '路灯', baseline: 2, memberCount: 12 });
    const detected = await events('supervision.hot-spot-detected');
    expect(detected).toHaveLength(1);
    expect([...detected[0]!.workOrderIds].sort()).toEqual([...spike].sort());

    const later = await listed(3, '2026-03-31 09:00');
    const grown = await detect.execute(new DetectHotSpotsCommand(at('2026-03-31 10:00')));
    expect(grown).toEqual({ detected: [], grew: [hotSpots[0]!.id] });
    const grew = await events('supervision.hot-spot-grew');
    expect(grew).toEqual([{ hotSpotId: hotSpots[0]!.id, count: 15, workOrderIds: expect.arrayContaining(later) }]);
    expect(grew[0]!.workOrderIds).toHaveLength(3);
  });
});
