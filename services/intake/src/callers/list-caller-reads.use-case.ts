import { Injectable } from '@nestjs/common';
import {
  CallerReadFilters,
  CallerReadPage,
  CallerReadView,
  decodePageCursor,
  encodePageCursor,
} from '@hotline/contracts';
import { CallerRead } from './caller-read.entity';
import { CallerReadRepository } from './caller-read.repository';

const DEFAULT_LIMIT = 50;

/** GET /api/v1/admin/caller-reads: by work order, unit and time, a page after a cursor. */
export type ListCallerReadsCommand = CallerReadFilters;

/** R14.3/R26.1 the audit of clear caller reads, newest first, by work order, unit and time. */
@Injectable()
export class ListCallerReadsUseCase {
  constructor(private readonly reads: CallerReadRepository) {}

  async execute(filters: ListCallerReadsCommand): Promise<CallerReadPage> {
    const limit = filters.limit ?? DEFAULT_LIMIT;
    const rows = await this.reads.page({
      workOrderId: filters.workOrderId,
      unitId: filters.unitId,
      ...(filters.since ? { since: new Date(filters.since) } : {}),
      ...(filters.cursor ? { before: decodePageCursor(filters.cursor) } : {}),
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(viewOf),
      ...(rows.length > limit && last ? { nextCursor: encodePageCursor({ at: last.readAt, id: last.id }) } : {}),
    };
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
    ...(row.note ? { note: row.note } : {}),
    readAt: row.readAt.toISOString(),
  };
}
