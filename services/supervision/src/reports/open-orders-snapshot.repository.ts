import { Injectable } from '@nestjs/common';
import { quotedTable } from '@hotline/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { ReportOpenDay } from './report-open-day.entity';
import { ReportWorkOrder } from './report-work-order.entity';

export interface BacklogFigures {
  day: string;
  open: number;
  overdue: number;
  medianAgeDays: number | null;
  p90AgeDays: number | null;
}

const OPEN = `status NOT IN ('closed', 'rejected')`;

/** R24.1 the daily snapshot of every open work order (backlog and ageing). */
@Injectable()
export class OpenOrdersSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Snapshots the orders open at the end of `day` (Beijing) once, the branch centres' among them (R10.2: under the
   * unit answering for them); answers how many rows it wrote.
   */
  async snapshot(day: string, endOfDay: Date): Promise<number> {
    const days = quotedTable(this.dataSource, ReportOpenDay);
    const facts = quotedTable(this.dataSource, ReportWorkOrder);
    const branchOrders = quotedTable(this.dataSource, BranchOrderRecord);
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO ${days} (day, work_order_id, unit_id, status, overdue, age_days)
       SELECT $1::date, work_order_id, lead_unit_id, status,
              coalesce(running_due < $2 AND completed_at IS NULL, false),
              greatest(0, ($1::date - timezone('Asia/Shanghai', received_at)::date))
         FROM ${facts} WHERE ${OPEN} AND received_at < $2
       UNION ALL
       SELECT $1::date, id, unit_id, status, coalesce(due_at < $2, false),
              greatest(0, ($1::date - timezone('Asia/Shanghai', accepted_at)::date))
         FROM ${branchOrders} WHERE accepted_at < $2 AND NOT (branch_status = 'closed' AND closed_at < $2)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [day, endOfDay],
    );
    return rows.length;
  }

  /** The latest snapshot in [first, last] city-wide. */
  async backlog({ first, last }: { first: string; last: string }): Promise<BacklogFigures | null> {
    const days = quotedTable(this.dataSource, ReportOpenDay);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS open, count(*) FILTER (WHERE overdue)::int AS overdue,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY age_days) AS median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY age_days) AS p90
       FROM ${days} WHERE day = (SELECT max(day) FROM ${days} WHERE day BETWEEN $1::date AND $2::date)
       GROUP BY day`,
      [first, last],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      day: String(row.day),
      open: Number(row.open),
      overdue: Number(row.overdue),
      medianAgeDays: row.median === null ? null : Number(row.median),
      p90AgeDays: row.p90 === null ? null : Number(row.p90),
    };
  }
}
