import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, WorkOrderFilters, WorkOrderListItem, WorkOrderPage } from '@hotline/contracts';
import { toBeijingIso } from '@hotline/domain';
import { WorkOrderState } from '@hotline/persistence';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './work-order-cursor';
import { WorkOrderListing } from './work-order-listing.entity';
import { textFilterOf } from './work-order-text-filter';

const DEFAULT_LIMIT = 50;

/** GET /api/v1/work-orders: newest first, filtered, in pages; a unit sees the ones it leads or co-handles. */
@Injectable()
export class ListWorkOrdersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filters: WorkOrderFilters, viewer: Actor, now: Date): Promise<WorkOrderPage> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const rows = (await this.query(filters, viewer, now).getMany()) as Array<WorkOrderListing & { state: WorkOrderState }>;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toItem(row, now)),
      ...(rows.length > limit && last ? { nextCursor: encodeCursor(last.receivedAt, last.id) } : {}),
    };
  }

  /** The page's query, one row more than the limit (whether a next page exists); tests read its plan. */
  query(filters: WorkOrderFilters, viewer: Actor, now: Date): SelectQueryBuilder<WorkOrderListing> {
    const query = this.dataSource
      .getRepository(WorkOrderListing)
      .createQueryBuilder('l')
      .innerJoinAndMapOne('l.state', WorkOrderState, 's', 's.id = l.id')
      .orderBy('l.receivedAt', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit((filters.limit ?? DEFAULT_LIMIT) + 1);
    applyFilters(query, filters, viewer, now);
    return query;
  }
}

function applyFilters(query: SelectQueryBuilder<WorkOrderListing>, filters: WorkOrderFilters, viewer: Actor, now: Date): void {
  if (viewer.role === 'unit') {
    query.andWhere(new Brackets((q) => q.where('s.lead_unit_id = :own', { own: viewer.unitId ?? '' }).orWhere(':own = ANY(s.co_unit_ids)')));
  }
  if (filters.unitId) {
    query.andWhere(new Brackets((q) => q.where('s.lead_unit_id = :unit', { unit: filters.unitId }).orWhere(':unit = ANY(s.co_unit_ids)')));
  }
  if (filters.status) query.andWhere('s.status = :status', { status: filters.status });
  if (filters.type) query.andWhere('l.type = :type', { type: filters.type });
  if (filters.text) {
    const { sql, parameters } = textFilterOf(filters.text);
    query.andWhere(sql, parameters);
  }
  if (filters.dueBefore) query.andWhere('l.current_due < :dueBefore', { dueBefore: new Date(filters.dueBefore) });
  if (filters.overdue === true) query.andWhere('l.current_due <= :now', { now });
  if (filters.overdue === false) query.andWhere('(l.current_due IS NULL OR l.current_due > :now)', { now });
  if (filters.cursor) {
    const { receivedAt, id } = decodeCursor(filters.cursor);
    query.andWhere('(l.received_at, l.id) < (:cursorAt, :cursorId)', { cursorAt: receivedAt, cursorId: id });
  }
}

function toItem(row: WorkOrderListing & { state: WorkOrderState }, now: Date): WorkOrderListItem {
  return {
    id: row.id,
    number: row.number,
    status: row.state.status,
    type: row.type,
    leadUnitId: row.state.leadUnitId,
    coUnitIds: row.state.coUnitIds,
    district: row.district,
    category: row.category,
    receivedAt: row.receivedAt.toISOString(),
    due: row.currentDue ? toBeijingIso(row.currentDue) : null,
    overdue: row.currentDue !== null && row.currentDue.getTime() <= now.getTime(),
    request: row.request,
  };
}
