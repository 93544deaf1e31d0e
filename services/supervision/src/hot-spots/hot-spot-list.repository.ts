import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HotSpotDailyCount, PagePosition } from '@hotline/contracts';
import { HOT_SPOT_REQUEST_TYPES } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { HotSpotWorkOrder } from './hot-spot-work-order.entity';
import { HotSpot } from './hot-spot.entity';

/** What GET /api/v1/hot-spots reads: the hot spots, their linked work orders and their daily counts. */
@Injectable()
export class HotSpotListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest detected first, after `before`; hot spots with a work order at or after `since`. */
  page(filters: { since?: Date; before?: PagePosition; rows: number }): Promise<HotSpot[]> {
    const query = this.dataSource
      .getRepository(HotSpot)
      .createQueryBuilder('h')
      .orderBy('h.detectedAt', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .take(filters.rows);
    if (filters.since) query.andWhere('h.lastReceivedAt >= :since', { since: filters.since });
    if (filters.before) query.andWhere('(h.detectedAt, h.id) < (:at, :id)', filters.before);
    return query.getMany();
  }

  /** The linked work orders of each hot spot, in the order they were received. */
  async members(hotSpotIds: string[]): Promise<Map<string, string[]>> {
    const members = new Map<string, string[]>(hotSpotIds.map((id) => [id, []]));
    if (hotSpotIds.length === 0) return members;
    const rows = await this.dataSource
      .getRepository(HotSpotWorkOrder)
      .createQueryBuilder('m')
      .select(['m.hotSpotId', 'm.workOrderId'])
      .where('m.hotSpotId IN (:...hotSpotIds)', { hotSpotIds })
      .orderBy('m.receivedAt', 'ASC')
      .addOrderBy('m.workOrderId', 'ASC')
      .getMany();
    for (const row of rows) members.get(row.hotSpotId)?.push(row.workOrderId);
    return members;
  }

  /** Complaints and reports of the hot spot's place × category per Beijing day, from `from` to `until`. */
  async dailyCounts(hotSpot: HotSpot, from: Date, until: Date): Promise<HotSpotDailyCount[]> {
    const rows = await this.dataSource
      .getRepository(WorkOrderListing)
      .createQueryBuilder('l')
      .select("to_char(timezone('Asia/Shanghai', l.receivedAt), 'YYYY-MM-DD')", 'day')
      .addSelect('count(*)::int', 'count')
      .where('l.receivedAt >= :from AND l.receivedAt <= :until', { from, until })
      .andWhere('l.type IN (:...types)', { types: [...HOT_SPOT_REQUEST_TYPES] })
      .andWhere('btrim(l.district) = :district', { district: hotSpot.district })
      .andWhere("coalesce(btrim(l.request #>> '{location,street}'), '') = :street", { street: hotSpot.street })
      .andWhere("btrim(coalesce(l.category, l.request ->> 'field')) = :category", { category: hotSpot.category })
      .groupBy('1')
      .orderBy('1', 'ASC')
      .getRawMany<{ day: string; count: number }>();
    return rows.map((row) => ({ day: row.day, count: Number(row.count) }));
  }
}
