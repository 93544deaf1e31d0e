import { Injectable } from '@nestjs/common';
import { HOT_SPOT_REQUEST_TYPES, HotSpotWindow } from '@hotline/domain';
import { quotedTable } from '@hotline/persistence';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { HotSpotWorkOrder } from './hot-spot-work-order.entity';
import { HotSpot } from './hot-spot.entity';

/** A place × category: `street` '' when the work orders named none (the district as a whole). */
export interface HotSpotKey {
  district: string;
  street: string;
  category: string;
}

export interface KeyCount extends HotSpotKey {
  count: number;
}

export interface CandidateOrder {
  id: string;
  receivedAt: Date;
}

const DISTRICT = 'btrim(l.district)';
const STREET = "coalesce(btrim(l.request #>> '{location,street}'), '')";
const CATEGORY = "btrim(coalesce(l.category, l.request ->> 'field'))";

/** What the hot-spot job counts in supervision's listing of work orders, and the hot spots it keeps. */
@Injectable()
export class HotSpotRepository {
  /** Only one job runs at a time across replicas: false when another holds the lock (until its transaction ends). */
  async lockJob(manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('supervision.hot-spots')) AS locked`);
    return row?.locked === true;
  }

  /** When the platform's record of work orders begins (the oldest received). */
  async recordingSince(manager: EntityManager): Promise<Date | undefined> {
    const row = await manager
      .getRepository(WorkOrderListing)
      .createQueryBuilder('l')
      .select('min(l.receivedAt)', 'since')
      .getRawOne<{ since: Date | null }>();
    return row?.since ? new Date(row.since) : undefined;
  }

  /** Complaints and reports per place × category received in the window; `unlinkedOnly`: not behind a hot spot yet. */
  async countsIn(manager: EntityManager, window: HotSpotWindow, unlinkedOnly: boolean): Promise<KeyCount[]> {
    const query = this.counted(manager, window)
      .select(DISTRICT, 'district')
      .addSelect(STREET, 'street')
      .addSelect(CATEGORY, 'category')
      .addSelect('count(*)::int', 'count')
      .groupBy('1, 2, 3');
    if (unlinkedOnly) this.unlinked(query);
    const rows = await query.getRawMany<KeyCount>();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /** The unlinked work orders of one place × category received in the window, oldest first. */
  async ordersOf(manager: EntityManager, key: HotSpotKey, window: HotSpotWindow): Promise<CandidateOrder[]> {
    const query = this.counted(manager, window)
      .select('l.id', 'id')
      .addSelect('l.receivedAt', 'receivedAt')
      .andWhere(`${DISTRICT} = :district AND ${STREET} = :street AND ${CATEGORY} = :category`, key)
      .orderBy('l.receivedAt', 'ASC')
      .addOrderBy('l.id', 'ASC');
    const rows = await this.unlinked(query).getRawMany<{ id: string; receivedAt: Date }>();
    return rows.map((row) => ({ id: row.id, receivedAt: new Date(row.receivedAt) }));
  }

  activeAt(manager: EntityManager, now: Date): Promise<HotSpot[]> {
    return manager
      .getRepository(HotSpot)
      .createQueryBuilder('h')
      .where('h.activeUntil > :now', { now })
      .orderBy('h.detectedAt', 'ASC')
      .getMany();
  }

  /** Links the work orders to the hot spot; answers those linked now (one already behind a hot spot stays there). */
  async link(
    manager: EntityManager,
    hotSpotId: string,
    orders: CandidateOrder[],
    now: Date,
  ): Promise<CandidateOrder[]> {
    if (orders.length === 0) return [];
    // One statement over arrays (not insertRows' VALUES list): a hot spot may link more work orders than Postgres
    // takes bind parameters in one statement.
    const rows = (await manager.query(
      `INSERT INTO ${quotedTable(manager, HotSpotWorkOrder)} ("work_order_id", "hot_spot_id", "received_at", "linked_at")
       SELECT unnest($1::uuid[]), $2, unnest($3::timestamptz[]), $4
       ON CONFLICT ("work_order_id") DO NOTHING RETURNING "work_order_id"`,
      [orders.map((order) => order.id), hotSpotId, orders.map((order) => order.receivedAt.toISOString()), now],
    )) as { work_order_id: string }[];
    const linked = new Set(rows.map((row) => row.work_order_id));
    return orders.filter((order) => linked.has(order.id));
  }

  async insert(manager: EntityManager, hotSpot: HotSpot): Promise<void> {
    await manager.insert(HotSpot, hotSpot);
  }

  async grew(
    manager: EntityManager,
    id: string,
    change: Pick<HotSpot, 'memberCount' | 'lastReceivedAt' | 'activeUntil'>,
  ): Promise<void> {
    await manager.update(HotSpot, { id }, change);
  }

  /** Work orders counted: complaints and reports with a district and a category, not rejected at intake. */
  private counted(manager: EntityManager, window: HotSpotWindow): SelectQueryBuilder<WorkOrderListing> {
    return (
      manager
        .getRepository(WorkOrderListing)
        .createQueryBuilder('l')
        .where('l.receivedAt > :start AND l.receivedAt <= :end', { start: window.start, end: window.end })
        .andWhere('l.type IN (:...types)', { types: [...HOT_SPOT_REQUEST_TYPES] })
        // a branch order (no copy) is counted whatever its status
        .andWhere("(l.state IS NULL OR l.status <> 'rejected')")
        .andWhere(`coalesce(${DISTRICT}, '') <> ''`)
        .andWhere(`coalesce(${CATEGORY}, '') <> ''`)
    );
  }

  private unlinked<T extends SelectQueryBuilder<WorkOrderListing>>(query: T): T {
    return query.andWhere(
      (sub) =>
        `NOT EXISTS ${sub.subQuery().select('1').from(HotSpotWorkOrder, 'm').where('m.workOrderId = l.id').getQuery()}`,
    ) as T;
  }
}
