import { Injectable } from '@nestjs/common';
import {
  Actor,
  decodePageCursor,
  domainActorOf,
  encodePageCursor,
  WorkOrderFilters,
  WorkOrderListItem,
  WorkOrderPage,
  WorkOrderSort,
} from '@hotline/contracts';
import { toBeijingIso, workOrderVisibilityOf } from '@hotline/domain';
import { keysetPage } from '@hotline/persistence';
import { decodeDueCursor, encodeDueCursor } from './due-cursor';
import { ListedWorkOrder, ListingOrder, WorkOrderPageRepository } from './work-order-page.repository';

const DEFAULT_LIMIT = 50;

export class ListWorkOrdersCommand {
  constructor(
    readonly filters: WorkOrderFilters,
    readonly viewer: Actor,
    readonly now: Date,
  ) {}
}

/**
 * GET /api/v1/work-orders: newest first (or nearest deadline first), filtered, in pages; a unit sees the ones it leads
 * or co-handles, and the branch centres' orders it answers for (R10.2), marked as branch orders.
 */
@Injectable()
export class ListWorkOrdersUseCase {
  constructor(private readonly pages: WorkOrderPageRepository) {}

  async execute({ filters, viewer, now }: ListWorkOrdersCommand): Promise<WorkOrderPage> {
    const { cursor, limit = DEFAULT_LIMIT, sort = 'newest', ...asked } = filters;
    const { rows, ...next } = await keysetPage(
      limit,
      (take) =>
        this.pages.page({
          filters: asked,
          order: orderOf(sort, cursor),
          visibility: workOrderVisibilityOf(domainActorOf(viewer)),
          now,
          rows: take,
        }),
      (last) => cursorAfter(sort, last),
    );
    return { items: rows.map((row) => toItem(row, now)), ...next };
  }
}

function orderOf(sort: WorkOrderSort, cursor: string | undefined): ListingOrder {
  if (sort === 'due') return { sort, ...(cursor ? { after: decodeDueCursor(cursor) } : {}) };
  return { sort, ...(cursor ? { after: decodePageCursor(cursor) } : {}) };
}

function cursorAfter(sort: WorkOrderSort, last: ListedWorkOrder): string {
  return sort === 'due'
    ? encodeDueCursor({ due: last.currentDue, id: last.id })
    : encodePageCursor({ at: last.receivedAt, id: last.id });
}

function toItem(row: ListedWorkOrder, now: Date): WorkOrderListItem {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    type: row.type,
    leadUnitId: row.leadUnitId,
    coUnitIds: row.coUnitIds,
    district: row.district,
    category: row.category,
    receivedAt: row.receivedAt.toISOString(),
    due: row.currentDue ? toBeijingIso(row.currentDue) : null,
    overdue: row.currentDue !== null && row.currentDue.getTime() <= now.getTime(),
    request: row.request,
    origin: row.origin,
    ...(row.branch ? { branch: row.branch } : {}),
    ...(row.branchStatus ? { branchStatus: row.branchStatus } : {}),
  };
}
