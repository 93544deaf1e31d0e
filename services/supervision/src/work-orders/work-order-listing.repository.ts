import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrderRequest } from '@hotline/contracts';
import { BRANCH_ORDER_STATUSES, FINISHED_STATUSES, isBranchOrderOpen } from '@hotline/domain';
import { insertRows, quotedTable } from '@hotline/persistence';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { listedDeadlineUpdates } from '../deadline-watch/sweep-sql';
import { ListedDeadline } from '../deadline-watch/work-order-deadlines';
import { WorkOrderListing } from './work-order-listing.entity';

/** The lead and co units of supervision's copy of a work order, and its snapshot. */
export type WorkOrderCopy = Pick<WorkOrderListing, 'id' | 'leadUnitId' | 'coUnitIds'> & {
  version: number;
  state: Record<string, unknown>;
};

/** The listing's columns that `workorder.created` (re)writes over a row a step made first. */
const CREATED_COLUMNS = ['number', 'district', 'category', 'request', 'search_terms', 'on_duty'] as const;
/** The listing's columns that follow the newest snapshot: the copy, the running deadline, the status and the units. */
const STATE_COLUMNS = ['version', 'state', 'current_due', 'status', 'lead_unit_id', 'co_unit_ids'] as const;
/** R10.2 what marks a branch centre's order on the listing: the branch and its status as the branch reported it. */
const BRANCH_COLUMNS = ['branch', 'branch_status'] as const;

/** What a newer snapshot changes on the listing, and what a row made before `created` needs. */
export type ListingState = Pick<
  WorkOrderListing,
  'id' | 'type' | 'receivedAt' | 'currentDue' | 'status' | 'leadUnitId' | 'coUnitIds'
> &
  ListedDeadline & { version: number; state: Record<string, unknown> };

/**
 * Supervision's view of every work order: its copy of the work order and what it is listed and searched by, one row
 * (`work_order_listing`, only a newer snapshot replaces the copy), or of a branch centre's order (`branch_orders`,
 * R10.2, listed there too).
 */
@Injectable()
export class WorkOrderListingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Supervision's copy of one of our work orders (a branch order's listing row has none). */
  findCopy(workOrderId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkOrderCopy | null> {
    return manager.getRepository(WorkOrderListing).findOne({
      where: { id: workOrderId, state: Not(IsNull()) },
      select: { id: true, version: true, leadUnitId: true, coUnitIds: true, state: true },
    }) as Promise<WorkOrderCopy | null>;
  }

  /** The version of the work order that the view, list and timeline show (0 while none arrived). */
  async shownVersion(workOrderId: string): Promise<number> {
    // Written out: the gateway asks after every step, and the ORM's query building cost more than the read.
    const rows: Array<{ version: number }> = await this.dataSource.query(
      `SELECT version FROM ${quotedTable(this.dataSource, WorkOrderListing)} WHERE id = $1`,
      [workOrderId],
    );
    return rows[0]?.version ?? 0;
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
      .getRepository(WorkOrderListing)
      .createQueryBuilder('l')
      .select('l.lead_unit_id', 'unitId')
      .addSelect('count(*)', 'open')
      .addSelect('count(*) FILTER (WHERE l.current_due <= :now)', 'overdue')
      .where('l.lead_unit_id = ANY(:unitIds)', { unitIds: [...unitIds] })
      .andWhere('l.state IS NOT NULL')
      .andWhere('l.status <> ALL(:finished)', { finished: [...FINISHED_STATUSES] })
      .setParameter('now', now)
      .groupBy('l.lead_unit_id')
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
   * a newer snapshot (copy, running deadline, status, units, watched deadline): that is kept.
   */
  async saveCreated(manager: EntityManager, listing: WorkOrderListing & ListingState): Promise<void> {
    const newer = `${LISTING}.version < EXCLUDED.version`;
    const updates = [
      ...CREATED_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`),
      ...Object.entries(snapshotUpdates()).map(
        ([column, value]) => `${column} = CASE WHEN ${newer} THEN ${value} ELSE ${LISTING}.${column} END`,
      ),
    ];
    await insertRows(manager, WorkOrderListing, [listing], `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
  }

  /** R10.2 the listing row of a branch order's newer version: all of it is the branch's. */
  async saveBranchOrder(manager: EntityManager, listing: WorkOrderListing): Promise<void> {
    const updates = [...CREATED_COLUMNS, ...STATE_COLUMNS, ...BRANCH_COLUMNS, 'type', 'received_at'].map(
      (column) => `${column} = EXCLUDED.${column}`,
    );
    await insertRows(manager, WorkOrderListing, [listing], `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
  }

  /**
   * A step's snapshot, if newer than the row's (redelivered or reordered events change nothing); a step that arrives
   * before `created` makes the row from its snapshot.
   */
  async saveState(manager: EntityManager, listing: ListingState): Promise<void> {
    const row: WorkOrderListing = { ...listing, number: null, district: null, category: null, request: null };
    const updates = Object.entries(snapshotUpdates()).map(([column, value]) => `${column} = ${value}`);
    await insertRows(
      manager,
      WorkOrderListing,
      [row],
      `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')} WHERE ${LISTING}.version < EXCLUDED.version`,
    );
  }
}

/** The listing's own row in an upsert's SET and WHERE (the table's name, as Postgres knows it there). */
const LISTING = 'work_order_listing';

/** What a newer snapshot sets: its state columns, and the deadline the watch keeps an eye on. */
function snapshotUpdates(): Record<string, string> {
  return {
    ...Object.fromEntries(STATE_COLUMNS.map((column) => [column, `EXCLUDED.${column}`])),
    ...listedDeadlineUpdates(LISTING),
  };
}

const OPEN_BRANCH_STATUSES = BRANCH_ORDER_STATUSES.filter(isBranchOrderOpen);
