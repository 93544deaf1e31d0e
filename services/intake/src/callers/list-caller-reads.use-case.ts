import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallerReadFilters, CallerReadPage, CallerReadView } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { CallerRead } from './caller-read.entity';
import { decodePageCursor, encodePageCursor } from './page-cursor';

const DEFAULT_LIMIT = 50;

/** R14.3/R26.1 the audit of clear caller reads, newest first, by work order, unit and time. */
@Injectable()
export class ListCallerReadsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filters: CallerReadFilters): Promise<CallerReadPage> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const query = this.dataSource.getRepository(CallerRead).createQueryBuilder('r').orderBy('r.readAt', 'DESC').addOrderBy('r.id', 'DESC').take(limit + 1);
    if (filters.workOrderId) query.andWhere('r.workOrderId = :workOrderId', { workOrderId: filters.workOrderId });
    if (filters.unitId) query.andWhere('r.unitId = :unitId', { unitId: filters.unitId });
    if (filters.since) query.andWhere('r.readAt >= :since', { since: new Date(filters.since) });
    if (filters.cursor) {
      const { at, id } = decodePageCursor(filters.cursor);
      query.andWhere('(r.readAt, r.id) < (:at, :id)', { at, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(viewOf), ...(rows.length > limit && last ? { nextCursor: encodePageCursor(last.readAt, last.id) } : {}) };
  }
}

function viewOf(row: CallerRead): CallerReadView {
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    requestId: row.requestId,
    readerId: row.readerId,
    readerRole: row.readerRole,
    ...(row.unitId ? { unitId: row.unitId } : {}),
    reason: row.reason,
    readAt: row.readAt.toISOString(),
  };
}
