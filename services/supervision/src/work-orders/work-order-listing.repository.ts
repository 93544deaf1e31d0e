import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PagePosition, WorkOrderFilters, WorkOrderOrigin, WorkOrderRequest } from '@hotline/contracts';
import {
  BRANCH_ORDER_STATUSES,
  BranchOrderStatus,
  FINISHED_STATUSES,
  isBranchOrderOpen,
  WorkOrderVisibility,
} from '@hotline/domain';
import { insertRows, queryTerms, segmentForSearch, WorkOrderState } from '@hotline/persistence';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { DuePosition } from './due-cursor';
import { WorkOrderListing } from './work-order-listing.entity';

/** One row of a page of the list: what the listing holds, with the status and units of supervision's copy. */
export interface ListedWorkOrder {
  id: string;
  number: string | null;
  type: string;
  district: string | null;
  category: string | null;
  receivedAt: Date;
  currentDue: Date | null;
  request: WorkOrderRequest | null;
  status: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  origin: WorkOrderOrigin;
  /** R10.2 a branch order's partner code and its status as the branch reported it (null for ours) */
  branch: string | null;
  branchStatus: BranchOrderStatus | null;
}

/** The lead and co units of supervision's copy of a work order, and its snapshot. */
export type WorkOrderCopy = Pick<WorkOrderState, 'id' | 'version' | 'leadUnitId' | 'coUnitIds' | 'state'>;

/**
 * The order of a page and, decoded from the cursor, the last work order of the previous page in that order: newest
 * first (its receivedAt and id), or nearest running deadline first, those without one last (its currentDue and id).
 */
export type ListingOrder = { sort: 'newest'; after?: PagePosition } | { sort: 'due'; after?: DuePosition };

/** The filters as asked and the page's order and position (newest first from the start when none is given). */
export interface ListingQuery {
  filters: Omit<WorkOrderFilters, 'cursor' | 'limit' | 'sort'>;
  order?: ListingOrder;
  visibility: WorkOrderVisibility;
  now: Date;
  /** rows to read: the page's limit and one more, to know whether a next page exists */
  rows: number;
}

/** The listing's columns that `workorder.created` (re)writes over a row a step made first. */
const CREATED_COLUMNS = ['number', 'district', 'category', 'request', 'search_terms', 'on_duty'] as const;

/**
 * Supervision's view of every work order: its copy of the work order (`work_order_states`, written by the
 * follower of @hotline/persistence) or of a branch centre's order (`branch_orders`, R10.2), and what it is listed
 * and searched by (`work_order_listing`).
 */
@Injectable()
export class WorkOrderListingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findCopy(workOrderId: string): Promise<WorkOrderCopy | null> {
    return this.dataSource.getRepository(WorkOrderState).findOne({
      where: { id: workOrderId },
      select: { id: true, version: true, leadUnitId: true, coUnitIds: true, state: true },
    });
  }

  /** The version of the work order that the view, list and timeline show (0 while none arrived). */
  async shownVersion(workOrderId: string): Promise<number> {
    const row = await this.dataSource
      .getRepository(WorkOrderState)
      .findOne({ where: { id: workOrderId }, select: { id: true, version: true } });
    return row?.version ?? 0;
  }

  findListing(workOrderId: string): Promise<WorkOrderListing | null> {
    return this.dataSource.getRepository(WorkOrderListing).findOne({ where: { id: workOrderId } });
  }

  async findRequest(workOrderId: string): Promise<WorkOrderRequest | null> {
    const row = await this.dataSource
      .getRepository(WorkOrderListing)
      .findOne({ where: { id: workOrderId }, select: { id: true, request: true } });
    return row?.request ?? null;
  }

  /** A page of the list, in the order asked for. */
  page(query: ListingQuery): Promise<ListedWorkOrder[]> {
    return this.pageQuery(query).getRawMany<ListedWorkOrder>();
  }

  /** The page's query; tests read its plan. */
  pageQuery({
    filters,
    order = { sort: 'newest' },
    visibility,
    now,
    rows,
  }: ListingQuery): SelectQueryBuilder<WorkOrderListing> {
    const query = this.dataSource
      .getRepository(WorkOrderListing)
      .createQueryBuilder('l')
      // A listed order is one of ours (its copy `s`) or a branch centre's (its copy `b`, R10.2).
      .leftJoin(WorkOrderState, 's', 's.id = l.id')
      .leftJoin(BranchOrderRecord, 'b', 'b.id = l.id')
      .select('l.id', 'id')
      .addSelect('l.number', 'number')
      .addSelect('l.type', 'type')
      .addSelect('l.district', 'district')
      .addSelect('l.category', 'category')
      .addSelect('l.receivedAt', 'receivedAt')
      .addSelect('l.currentDue', 'currentDue')
      .addSelect('l.request', 'request')
      .addSelect(STATUS, 'status')
      .addSelect('coalesce(s.lead_unit_id, b.unit_id)', 'leadUnitId')
      .addSelect(`coalesce(s.co_unit_ids, '{}')`, 'coUnitIds')
      .addSelect(`CASE WHEN b.id IS NULL THEN 'hotline' ELSE 'branch' END`, 'origin')
      .addSelect('b.branch', 'branch')
      .addSelect('b.branch_status', 'branchStatus')
      .where('(s.id IS NOT NULL OR b.id IS NOT NULL)')
      .limit(rows);
    orderPage(query, order);
    const visible = visibilityCondition(visibility);
    if (visible) query.andWhere(visible.sql, visible.parameters);
    if (filters.unitId) query.andWhere(handledBy('unit'), { unit: filters.unitId });
    if (filters.status) query.andWhere(`${STATUS} = :status`, { status: filters.status });
    if (filters.type) query.andWhere('l.type = :type', { type: filters.type });
    if (filters.origin) query.andWhere(filters.origin === 'branch' ? 'b.id IS NOT NULL' : 'b.id IS NULL');
    if (filters.branch) query.andWhere('b.branch = :branch', { branch: filters.branch });
    if (filters.text) {
      const { sql, parameters } = textFilterOf(filters.text);
      query.andWhere(sql, parameters);
    }
    if (filters.dueBefore) query.andWhere('l.current_due < :dueBefore', { dueBefore: new Date(filters.dueBefore) });
    if (filters.overdue === true) query.andWhere('l.current_due <= :now', { now });
    if (filters.overdue === false) query.andWhere('(l.current_due IS NULL OR l.current_due > :now)', { now });
    return query;
  }

  /**
   * Art. 8(4) per unit of `unitIds`: the work orders it leads that are not finished, and of those the ones whose
   * running limit has passed at `now`, with the open branch orders it answers for (R10.2). Units without any are left
   * out.
   */
  async countsByLeadUnit(
    unitIds: readonly string[],
    now: Date,
  ): Promise<Array<{ unitId: string; open: number; overdue: number }>> {
    if (unitIds.length === 0) return [];
    const ours = await this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('s')
      .leftJoin(WorkOrderListing, 'l', 'l.id = s.id')
      .select('s.lead_unit_id', 'unitId')
      .addSelect('count(*)', 'open')
      .addSelect('count(*) FILTER (WHERE l.current_due <= :now)', 'overdue')
      .where('s.lead_unit_id = ANY(:unitIds)', { unitIds: [...unitIds] })
      .andWhere('s.status <> ALL(:finished)', { finished: [...FINISHED_STATUSES] })
      .setParameter('now', now)
      .groupBy('s.lead_unit_id')
      .getRawMany<{ unitId: string; open: string; overdue: string }>();
    const branch = await this.dataSource
      .getRepository(BranchOrderRecord)
      .createQueryBuilder('b')
      .select('b.unit_id', 'unitId')
      .addSelect('count(*)', 'open')
      .addSelect('count(*) FILTER (WHERE b.due_at <= :now)', 'overdue')
      .where('b.unit_id = ANY(:unitIds)', { unitIds: [...unitIds] })
      .andWhere('b.branch_status = ANY(:openStatuses)', { openStatuses: OPEN_BRANCH_STATUSES })
      .setParameter('now', now)
      .groupBy('b.unit_id')
      .getRawMany<{ unitId: string; open: string; overdue: string }>();
    const counts = new Map<string, { unitId: string; open: number; overdue: number }>();
    for (const row of [...ours, ...branch]) {
      const sum = counts.get(row.unitId) ?? { unitId: row.unitId, open: 0, overdue: 0 };
      counts.set(row.unitId, { ...sum, open: sum.open + Number(row.open), overdue: sum.overdue + Number(row.overdue) });
    }
    return [...counts.values()];
  }

  /**
   * The listing row of `workorder.created`. A step that arrived first (one consumer per subject) made the row and set
   * the newer deadline: that deadline is kept unless `createdIsNewer`.
   */
  async saveCreated(manager: EntityManager, listing: WorkOrderListing, createdIsNewer: boolean): Promise<void> {
    const updates: string[] = CREATED_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`);
    if (createdIsNewer) updates.push('current_due = EXCLUDED.current_due');
    await insertRows(manager, WorkOrderListing, [listing], `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
  }

  /** R10.2 the listing row of a branch order's newer version: all of it is the branch's. */
  async saveBranchOrder(manager: EntityManager, listing: WorkOrderListing): Promise<void> {
    const updates = [...CREATED_COLUMNS, 'type', 'received_at', 'current_due'].map(
      (column) => `${column} = EXCLUDED.${column}`,
    );
    await insertRows(manager, WorkOrderListing, [listing], `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
  }

  /** The deadline running after a newer step; a step that arrives before `created` makes the row from its snapshot. */
  async saveDue(
    manager: EntityManager,
    listing: Pick<WorkOrderListing, 'id' | 'type' | 'receivedAt' | 'currentDue'>,
  ): Promise<void> {
    const row: WorkOrderListing = { ...listing, number: null, district: null, category: null, request: null };
    await insertRows(
      manager,
      WorkOrderListing,
      [row],
      'ON CONFLICT (id) DO UPDATE SET current_due = EXCLUDED.current_due',
    );
  }
}

const OPEN_BRANCH_STATUSES = BRANCH_ORDER_STATUSES.filter(isBranchOrderOpen);

// The status of ours, or of a branch order as ours reads it (supervisedStatusOfBranchOrder).
const STATUS = 'coalesce(s.status, b.status)';

// The expression of IDX_work_order_listing_due_order: those without a running deadline last, and one keyset to seek.
const DUE_ORDER_KEY = `coalesce(l.current_due, 'infinity'::timestamptz)`;

/** Orders the page's query and starts it after the previous page's last work order. */
function orderPage(query: SelectQueryBuilder<WorkOrderListing>, order: ListingOrder): void {
  if (order.sort === 'newest') {
    query.orderBy('l.receivedAt', 'DESC').addOrderBy('l.id', 'DESC');
    if (order.after)
      query.andWhere('(l.received_at, l.id) < (:cursorAt, :cursorId)', {
        cursorAt: order.after.at,
        cursorId: order.after.id,
      });
    return;
  }
  query.orderBy(DUE_ORDER_KEY, 'ASC').addOrderBy('l.id', 'ASC');
  if (order.after)
    query.andWhere(`(${DUE_ORDER_KEY}, l.id) > (CAST(:cursorDue AS timestamptz), :cursorId)`, {
      cursorDue: order.after.due ?? 'infinity',
      cursorId: order.after.id,
    });
}

/** A condition with its named parameters, in the aliases of the page's query (`l` listing, `s` copy). */
export interface SqlCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

/**
 * `workOrderVisibilityOf` of @hotline/domain as SQL (R14.3, R15.5, Art. 8(4)): no condition for every work order,
 * those a unit leads or co-handles or answers for as a branch order's unit (and those the units below it do), or none. A test holds it against `maySeeWorkOrder` on the same work orders.
 */
export function visibilityCondition(visibility: WorkOrderVisibility): SqlCondition | null {
  if (visibility.kind === 'every') return null;
  if (visibility.kind === 'none') return { sql: 'FALSE', parameters: {} };
  if (!visibility.supervisedUnitIds) return { sql: handledBy('own'), parameters: { own: visibility.unitId } };
  // Art. 8(4): and, read-only, those a unit below it leads or co-handles
  return {
    sql: `(${handledBy('own')} OR s.lead_unit_id = ANY(:supervised) OR s.co_unit_ids && :supervised::text[]
      OR b.unit_id = ANY(:supervised))`,
    parameters: { own: visibility.unitId, supervised: [...visibility.supervisedUnitIds] },
  };
}

/** The unit of the parameter leads the work order or co-handles it, or answers for the branch order (R10.2). */
function handledBy(parameter: string): string {
  return `(s.lead_unit_id = :${parameter} OR :${parameter} = ANY(s.co_unit_ids) OR b.unit_id = :${parameter})`;
}

/** The indexed SQL of the list's `text` filter: its parameters are `textQuery` and `numberPattern`. */
export interface TextFilter {
  sql: string;
  parameters: { textQuery?: string; numberPattern?: string };
}

// The expression of IDX_work_order_listing_search: the planner uses the index only for this very expression.
const CONTENT_MATCHES = `to_tsvector('simple', coalesce(l.search_terms, '')) @@ to_tsquery('simple', :textQuery)`;
const NUMBER_MATCHES = `l.number LIKE :numberPattern`;
const NUMBER_PART = /^[A-Za-z0-9]+$/;

/**
 * `text` on GET /api/v1/work-orders: every word of it in the content (jieba's words, as the content was split when
 * projected), or — when it could be one — a part of the work-order number. Both through GIN indexes, never a scan.
 */
export function textFilterOf(text: string): TextFilter {
  const words = queryTerms(text);
  // Only stop words (e.g. 哪里): they are the words asked for, then.
  const terms = words.length > 0 ? words : [...new Set(segmentForSearch(text))];
  const conditions: string[] = [];
  const parameters: TextFilter['parameters'] = {};
  if (terms.length > 0) {
    conditions.push(CONTENT_MATCHES);
    parameters.textQuery = terms.join(' & ');
  }
  const trimmed = text.trim();
  if (NUMBER_PART.test(trimmed)) {
    conditions.push(NUMBER_MATCHES);
    parameters.numberPattern = `%${trimmed.toUpperCase()}%`;
  }
  return { sql: conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE', parameters };
}
