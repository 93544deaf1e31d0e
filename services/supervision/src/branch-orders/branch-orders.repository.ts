import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BranchOrderMonthCounts, BranchOrderTimes } from '@hotline/domain';
import { insertRows, quotedTable } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { BranchOrderRecord } from './branch-order.entity';

/** R24.1 a month's counts of one branch centre's orders for one answering unit (null: none answers). */
export type BranchOrderGroupCounts = BranchOrderMonthCounts & { branch: string; unitId: string | null };

/** R24.1 a month's branch orders of one request type, one district, or all of them (`field`: they carry none). */
export interface BranchOrderBreakdownCounts {
  dimension: 'type' | 'district' | 'field';
  key: string | null;
  received: number;
  completed: number;
  completedOnTime: number;
}

/** The times and status (the branch's own) the domain's rules of a branch order read. */
export function branchOrderTimesOf(
  order: Pick<BranchOrderRecord, 'branchStatus' | 'acceptedAt' | 'dueAt' | 'closedAt'>,
): BranchOrderTimes {
  return { status: order.branchStatus, acceptedAt: order.acceptedAt, dueAt: order.dueAt, closedAt: order.closedAt };
}

/** Supervision's copies of branch centres' orders (R10.2). */
@Injectable()
export class BranchOrdersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keeps the copy when it is a newer version than the stored one; answers whether it was (redelivered, reordered: no). */
  async keepNewer(manager: EntityManager, order: BranchOrderRecord): Promise<boolean> {
    const metadata = manager.connection.getMetadata(BranchOrderRecord);
    const updates = metadata.columns
      .filter((column) => column.databaseName !== 'id')
      .map((column) => `"${column.databaseName}" = EXCLUDED."${column.databaseName}"`)
      .join(', ');
    const newer = await insertRows(
      manager,
      BranchOrderRecord,
      [order],
      `ON CONFLICT ("id") DO UPDATE SET ${updates} WHERE branch_orders.version < EXCLUDED.version RETURNING id`,
    );
    return newer.length > 0;
  }

  find(id: string, manager: EntityManager = this.dataSource.manager): Promise<BranchOrderRecord | null> {
    return manager.getRepository(BranchOrderRecord).findOne({ where: { id } });
  }

  /**
   * R24.1 a month [start, end) by request type, by district and all together (received, completed, completed on time:
   * as monthCounts counts them), for the report's breakdowns.
   */
  async breakdowns(start: Date, end: Date): Promise<BranchOrderBreakdownCounts[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH month AS (
         SELECT request_type, district, accepted_at,
                (branch_status = 'closed' AND closed_at >= $1 AND closed_at < $2) AS completed,
                (branch_status = 'closed' AND closed_at >= $1 AND closed_at < $2
                  AND (due_at IS NULL OR closed_at <= due_at)) AS on_time
           FROM ${this.table()}
          WHERE (accepted_at >= $1 AND accepted_at < $2) OR (closed_at >= $1 AND closed_at < $2)
       )
       SELECT CASE WHEN GROUPING(request_type) = 0 THEN 'type' WHEN GROUPING(district) = 0 THEN 'district' ELSE 'field' END
                AS dimension,
              CASE WHEN GROUPING(request_type) = 0 THEN request_type WHEN GROUPING(district) = 0 THEN district END AS key,
              count(*) FILTER (WHERE accepted_at >= $1 AND accepted_at < $2)::int AS "received",
              count(*) FILTER (WHERE completed)::int AS "completed",
              count(*) FILTER (WHERE on_time)::int AS "completedOnTime"
         FROM month GROUP BY GROUPING SETS ((request_type), (district), ())`,
      [start, end],
    );
    return rows.map((row) => ({
      dimension: row['dimension'] as BranchOrderBreakdownCounts['dimension'],
      key: (row['key'] as string | null) ?? null,
      received: Number(row['received']),
      completed: Number(row['completed']),
      completedOnTime: Number(row['completedOnTime']),
    }));
  }

  /**
   * R24.1 a month [start, end) as of `asOf`, per branch centre and answering unit: branchOrderMonthCounts of
   * @hotline/domain in SQL (received: accepted in the month; completed: closed in it, on time when by its due time or
   * without one; open overdue: not closed by `asOf` and due before it). A test holds it against the domain's.
   */
  async monthCounts(start: Date, end: Date, asOf: Date): Promise<BranchOrderGroupCounts[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH month AS (
         SELECT branch, unit_id, accepted_at, due_at,
                (branch_status = 'closed' AND closed_at >= $1 AND closed_at < $2) AS completed,
                (branch_status = 'closed' AND closed_at >= $1 AND closed_at < $2
                  AND (due_at IS NULL OR closed_at <= due_at)) AS on_time,
                (due_at < $3 AND NOT (branch_status = 'closed' AND closed_at <= $3)) AS open_overdue
           FROM ${this.table()}
          WHERE (accepted_at >= $1 AND accepted_at < $2) OR (closed_at >= $1 AND closed_at < $2)
             OR (due_at < $3 AND (closed_at IS NULL OR closed_at > $3))
       )
       SELECT branch, unit_id AS "unitId",
              count(*) FILTER (WHERE accepted_at >= $1 AND accepted_at < $2)::int AS "received",
              count(*) FILTER (WHERE completed)::int AS "completed",
              count(*) FILTER (WHERE on_time)::int AS "completedOnTime",
              count(*) FILTER (WHERE completed AND NOT on_time)::int AS "completedLate",
              count(*) FILTER (WHERE open_overdue)::int AS "openOverdue"
         FROM month GROUP BY branch, unit_id ORDER BY branch, unit_id NULLS FIRST`,
      [start, end, asOf],
    );
    return rows.map((row) => ({
      branch: String(row['branch']),
      unitId: (row['unitId'] as string | null) ?? null,
      received: Number(row['received']),
      completed: Number(row['completed']),
      completedOnTime: Number(row['completedOnTime']),
      completedLate: Number(row['completedLate']),
      openOverdue: Number(row['openOverdue']),
    }));
  }

  private table(): string {
    return quotedTable(this.dataSource, BranchOrderRecord);
  }
}
