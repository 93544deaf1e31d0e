import { Injectable } from '@nestjs/common';
import {
  CallerReadFilters,
  CallerReadPage,
  CallerReadView,
  decodePageCursor,
  encodePageCursor,
} from '@hotline/contracts';
import { keysetPage } from '@hotline/persistence';
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
    const { rows, ...next } = await keysetPage(
      filters.limit ?? DEFAULT_LIMIT,
      (take) =>
        this.reads.page({
          workOrderId: filters.workOrderId,
          unitId: filters.unitId,
          ...(filters.since ? { since: new Date(filters.since) } : {}),
          ...(filters.cursor ? { before: decodePageCursor(filters.cursor) } : {}),
          take,
        }),
      (last) => encodePageCursor({ at: last.readAt, id: last.id }),
    );
    return { items: rows.map(viewOf), ...next };
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
