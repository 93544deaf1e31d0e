import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PagePosition, WorkOrderFilters, WorkOrderOrigin, WorkOrderRequest } from '@hotline/contracts';
import { BranchOrderStatus, WorkOrderVisibility } from '@hotline/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { DuePosition } from './due-cursor';
import { WorkOrderCoHandling } from './work-order-co-handling.entity';
import { WorkOrderListing } from './work-order-listing.entity';
import { textAlternativesOf } from './work-order-text-filter';

/** One row of a page of the list: what the listing holds. */
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

/** Pages of the work-order list (R14.1), read from supervision's listing through its indexes. */
@Injectable()
export class WorkOrderPageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of the list, in the order asked for. */
  page(query: ListingQuery): Promise<ListedWorkOrder[]> {
    return this.pageQuery(query).getRawMany<ListedWorkOrder>();
  }

  /** The page's query; tests and bench:lists read its plan. */
  pageQuery(query: ListingQuery): SelectQueryBuilder<WorkOrderListing> {
    return workOrderPageQuery(this.dataSource, query);
  }
}

/** A condition with its named parameters, in the alias `l` of the listing. */
interface SqlCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

// The expression of IDX_work_order_listing_due_order and IDX_work_order_listing_lead_due: those without a running
// deadline last, and one keyset to seek.
const DUE_ORDER_KEY = `coalesce(l.current_due, 'infinity'::timestamptz)`;

/** The columns a part is ordered and sought by: the listing's, or a co-handling row's (the same values). */
interface OrderKeys {
  receivedAt: string;
  due: string;
  id: string;
}
const LISTING_KEYS: OrderKeys = { receivedAt: 'l.received_at', due: DUE_ORDER_KEY, id: 'l.id' };
const CO_HANDLING_KEYS: OrderKeys = { receivedAt: 'c.received_at', due: 'c.due_order', id: 'c.work_order_id' };

/**
 * The SQL of a page of the list (R14.1). A page scoped to one unit (a unit's own list, or `unitId` asked for) is read
 * as two index-ordered parts, the orders it leads and those it co-handles; a text that could be a word or a part of a
 * number as one part for each; the overdue list of every work order as one part for each place its late orders are
 * found. Each part is cut at the page's length before they are merged: with `OR` in one condition Postgres would read
 * every order of the unit to sort them, or misjudge how rare a text is.
 */
function workOrderPageQuery(dataSource: DataSource, query: ListingQuery): SelectQueryBuilder<WorkOrderListing> {
  const scope = unitScopeOf(query);
  const units: Array<UnitPart | null> = scope
    ? [
        { unitId: scope, role: 'lead' },
        { unitId: scope, role: 'co' },
      ]
    : [null];
  const alternatives = alternativesOf(query, scope);
  const parts = units.flatMap((unit) => alternatives.map((alternative) => part(dataSource, query, unit, alternative)));
  if (parts.length === 1) return parts[0];
  const page = dataSource
    .createQueryBuilder()
    .select('page.*')
    .from(`(${parts.map((one) => `(${one.getQuery()})`).join(' UNION ')})`, 'page')
    .setParameters(Object.assign({}, ...parts.map((one) => one.getParameters())) as Record<string, unknown>)
    .limit(query.rows);
  if ((query.order ?? NEWEST).sort === 'newest')
    page.orderBy('page."receivedAt"', 'DESC').addOrderBy('page.id', 'DESC');
  else page.orderBy(`coalesce(page."currentDue", 'infinity'::timestamptz)`, 'ASC').addOrderBy('page.id', 'ASC');
  return page as SelectQueryBuilder<WorkOrderListing>;
}

const NEWEST: ListingOrder = { sort: 'newest' };

/**
 * One reading of the page's condition, read as a part of its own: the text's (a word, or a part of a number), or, for
 * the overdue list of every work order newest first, where its late orders are found.
 */
interface Alternative extends SqlCondition {
  /** its rows are found through the condition's own indexes and then sorted, not walked in the page's order */
  sortWhatIsFound: boolean;
  /** it is the overdue filter itself, written for its own index: the list's condition is not added again */
  isOverdue?: true;
}

function alternativesOf(query: ListingQuery, scope: string | null): Array<Alternative | null> {
  const overdueNewest = isOverdueNewestFirst(query);
  if (query.filters.text) {
    const texts = textAlternativesOf(query.filters.text);
    if (texts.length === 0) return [{ sql: 'FALSE', parameters: {}, sortWhatIsFound: false }];
    return texts.map((text) => ({ ...text, sortWhatIsFound: text.sortWhatIsFound || overdueNewest }));
  }
  return overdueNewest && !scope ? lateOrders(query.now) : [null];
}

/**
 * The overdue orders are the supervisors' backlog, few beside the whole list: found through a deadline index and
 * sorted, they cost what they number; walking the newest orders for them costs the whole list when they are few. In
 * deadline order they come first, and are read in it.
 */
function isOverdueNewestFirst({ filters, order = NEWEST }: ListingQuery): boolean {
  return filters.overdue === true && order.sort === 'newest';
}

/**
 * Where the late orders of the whole list are: each part's condition is a running deadline passed at `now`, as the
 * list's overdue filter, for the rows its index holds. At 10 M orders they are 14,500, each on a page of its own:
 * found all through the deadline index to keep the newest 21, they took 20–50 ms.
 * - The deadline watch has announced them: walked newest first along their own index, and cut at the page. Postgres
 *   takes the two conditions on the watch's columns and the passed deadline for independent, and would guess one row
 *   and sort; the deadline, compared after adding nothing, is a condition it cannot guess, so it walks the index.
 * - It has not reached them yet (a sweep runs every few seconds): found through its index and sorted.
 * - Branch orders, whose deadlines the watch keeps in its own table: found through their own index and sorted.
 * CHK_work_order_listing_watched_due keeps a running deadline the watched one, so each late order is in one part.
 */
function lateOrders(now: Date): Alternative[] {
  const parameters = { lateAt: now };
  return [
    {
      sql: `l.watch_running AND l.overdue_announced_at IS NOT NULL AND l.watch_due + interval '0 seconds' <= :lateAt`,
      parameters,
      sortWhatIsFound: false,
      isOverdue: true,
    },
    {
      sql: 'l.watch_running AND l.overdue_announced_at IS NULL AND l.watch_due <= :lateAt',
      parameters,
      sortWhatIsFound: true,
      isOverdue: true,
    },
    {
      sql: 'NOT l.watch_running AND l.current_due <= :lateAt',
      parameters,
      sortWhatIsFound: true,
      isOverdue: true,
    },
  ];
}

/** The one unit a page is scoped to, read through its indexes: the unit's own list, or the unit asked for. */
function unitScopeOf({ visibility, filters }: ListingQuery): string | null {
  if (visibility.kind === 'handled-by' && !visibility.supervisedUnitIds) return visibility.unitId;
  return filters.unitId ?? null;
}

interface UnitPart {
  unitId: string;
  role: 'lead' | 'co';
}

/** The rows of the page (all, or one unit's part, or one alternative of its condition), ordered, filtered and cut. */
function part(
  dataSource: DataSource,
  listing: ListingQuery,
  unit: UnitPart | null,
  alternative: Alternative | null,
): SelectQueryBuilder<WorkOrderListing> {
  const { filters, order = NEWEST, visibility, now, rows } = listing;
  const prefix = unit ? `${unit.role}_` : '';
  const query = dataSource
    .getRepository(WorkOrderListing)
    .createQueryBuilder('l')
    .select('l.id', 'id')
    .addSelect('l.number', 'number')
    .addSelect('l.type', 'type')
    .addSelect('l.district', 'district')
    .addSelect('l.category', 'category')
    .addSelect('l.received_at', 'receivedAt')
    .addSelect('l.current_due', 'currentDue')
    .addSelect('l.request', 'request')
    .addSelect('l.status', 'status')
    .addSelect('l.lead_unit_id', 'leadUnitId')
    .addSelect('l.co_unit_ids', 'coUnitIds')
    .addSelect(`CASE WHEN l.branch IS NULL THEN 'hotline' ELSE 'branch' END`, 'origin')
    .addSelect('l.branch', 'branch')
    .addSelect('l.branch_status', 'branchStatus')
    .limit(rows);
  const sortWhatIsFound = alternative ? alternative.sortWhatIsFound : isOverdueNewestFirst(listing);
  // The orders a unit co-handles are read through its co-handling rows, in the page's order: the listing's array of
  // co units has a GIN index, which finds them but cannot order them.
  const coHandled = unit?.role === 'co';
  if (coHandled) query.innerJoin(WorkOrderCoHandling, 'c', 'c.work_order_id = l.id');
  orderPart(query, order, prefix, sortWhatIsFound, coHandled ? CO_HANDLING_KEYS : LISTING_KEYS);
  if (unit?.role === 'lead') query.andWhere(`l.lead_unit_id = :${prefix}unit`, { [`${prefix}unit`]: unit.unitId });
  if (coHandled)
    query.andWhere(`c.unit_id = :${prefix}unit AND l.lead_unit_id IS DISTINCT FROM :${prefix}unit`, {
      [`${prefix}unit`]: unit.unitId,
    });
  const scopedByUnit = unit !== null;
  const visible =
    scopedByUnit && visibility.kind === 'handled-by' && !visibility.supervisedUnitIds
      ? null
      : visibilityCondition(visibility);
  if (visible) query.andWhere(visible.sql, visible.parameters);
  if (filters.unitId && !(scopedByUnit && unit.unitId === filters.unitId))
    query.andWhere(handledBy('unit'), { unit: filters.unitId });
  if (filters.status) query.andWhere('l.status = :status', { status: filters.status });
  if (filters.type) query.andWhere('l.type = :type', { type: filters.type });
  if (filters.origin) query.andWhere(filters.origin === 'branch' ? 'l.branch IS NOT NULL' : 'l.branch IS NULL');
  if (filters.branch) query.andWhere('l.branch = :branch', { branch: filters.branch });
  if (alternative) query.andWhere(alternative.sql, alternative.parameters);
  if (filters.dueBefore) query.andWhere('l.current_due < :dueBefore', { dueBefore: new Date(filters.dueBefore) });
  if (filters.overdue === true && !alternative?.isOverdue) query.andWhere(`${DUE_ORDER_KEY} <= :now`, { now });
  if (filters.overdue === false) query.andWhere(`${DUE_ORDER_KEY} > :now`, { now });
  return query;
}

/**
 * Orders a part and starts it after the previous page's last work order (parameters named per part). With
 * `sortWhatIsFound` the part is ordered by an expression no index has, so Postgres finds its rows through the
 * condition's own indexes and sorts them, and never walks the whole list in the page's order looking for them.
 */
function orderPart(
  query: SelectQueryBuilder<WorkOrderListing>,
  order: ListingOrder,
  prefix: string,
  sortWhatIsFound: boolean,
  keys: OrderKeys,
): void {
  const unindexed = sortWhatIsFound ? ` + interval '0 seconds'` : '';
  if (order.sort === 'newest') {
    query.orderBy(`${keys.receivedAt}${unindexed}`, 'DESC').addOrderBy(keys.id, 'DESC');
    if (order.after)
      query.andWhere(`(${keys.receivedAt}, ${keys.id}) < (:${prefix}cursorAt, :${prefix}cursorId)`, {
        [`${prefix}cursorAt`]: order.after.at,
        [`${prefix}cursorId`]: order.after.id,
      });
    return;
  }
  query.orderBy(`${keys.due}${unindexed}`, 'ASC').addOrderBy(keys.id, 'ASC');
  if (order.after)
    query.andWhere(`(${keys.due}, ${keys.id}) > (CAST(:${prefix}cursorDue AS timestamptz), :${prefix}cursorId)`, {
      [`${prefix}cursorDue`]: order.after.due ?? 'infinity',
      [`${prefix}cursorId`]: order.after.id,
    });
}

/**
 * `workOrderVisibilityOf` of @hotline/domain as SQL (R14.3, R15.5, Art. 8(4)): no condition for every work order,
 * those a unit leads or co-handles (and those the units below it do), or none. A test holds it against
 * `maySeeWorkOrder` on the same work orders.
 */
function visibilityCondition(visibility: WorkOrderVisibility): SqlCondition | null {
  if (visibility.kind === 'every') return null;
  if (visibility.kind === 'none') return { sql: 'FALSE', parameters: {} };
  if (!visibility.supervisedUnitIds) return { sql: handledBy('own'), parameters: { own: visibility.unitId } };
  // Art. 8(4): and, read-only, those a unit below it leads or co-handles
  return {
    sql: `(${handledBy('own')} OR l.lead_unit_id = ANY(:supervised) OR l.co_unit_ids && :supervised::text[])`,
    parameters: { own: visibility.unitId, supervised: [...visibility.supervisedUnitIds] },
  };
}

/** The unit of the parameter leads the work order or co-handles it. */
function handledBy(parameter: string): string {
  return `(l.lead_unit_id = :${parameter} OR l.co_unit_ids @> ARRAY[:${parameter}]::text[])`;
}
