import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { WatchedDeadline } from './watched-deadline.entity';

/** The work orders a lead unit (or the centre, before dispatch) has with a deadline running, at an instant. */
export interface UnitDeadlineCounts {
  unit: string;
  open: number;
  dueSoon: number;
  overdue: number;
}

/** Counts of the deadlines the watch keeps (listing rows, branch orders' rows) by lead unit, for the metrics (never a work order's or caller's data). */
@Injectable()
export class DeadlineCountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byUnit(now: Date): Promise<UnitDeadlineCounts[]> {
    const ours = this.dataSource
      .createQueryBuilder()
      .from(WorkOrderListing, 'w')
      .select(`coalesce(w.lead_unit_id, 'centre')`, 'unit')
      .addSelect('count(*)::int', 'open')
      .addSelect('(count(*) FILTER (WHERE w.watch_soon_at <= :now AND w.watch_due > :now))::int', 'dueSoon')
      .addSelect('(count(*) FILTER (WHERE w.watch_due <= :now))::int', 'overdue')
      .where('w.watch_running')
      .setParameter('now', now)
      .groupBy('1');
    // R10.2 a branch order's deadline counts for the unit answering for it
    const branch = this.dataSource
      .createQueryBuilder()
      .from(WatchedDeadline, 'w')
      .leftJoin(BranchOrderRecord, 'b', 'b.id = w.work_order_id')
      .select(`coalesce(b.unit_id, 'centre')`, 'unit')
      .addSelect('count(*)::int', 'open')
      .addSelect('(count(*) FILTER (WHERE w.soon_at <= :now AND w.due > :now))::int', 'dueSoon')
      .addSelect('(count(*) FILTER (WHERE w.due <= :now))::int', 'overdue')
      .where(`w.running AND w.subject = 'work-order'`)
      .setParameter('now', now)
      .groupBy('1');
    const counts = new Map<string, UnitDeadlineCounts>();
    for (const row of [...(await ours.getRawMany()), ...(await branch.getRawMany())] as UnitDeadlineCounts[]) {
      const sum = counts.get(row.unit) ?? { unit: row.unit, open: 0, dueSoon: 0, overdue: 0 };
      counts.set(row.unit, {
        unit: row.unit,
        open: sum.open + Number(row.open),
        dueSoon: sum.dueSoon + Number(row.dueSoon),
        overdue: sum.overdue + Number(row.overdue),
      });
    }
    return [...counts.values()];
  }
}
