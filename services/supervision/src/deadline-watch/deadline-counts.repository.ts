import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { WatchedDeadline } from './watched-deadline.entity';

/** The work orders a lead unit (or the centre, before dispatch) has with a deadline running, at an instant. */
export interface UnitDeadlineCounts {
  unit: string;
  open: number;
  dueSoon: number;
  overdue: number;
}

/** Counts of the deadline watch's table by lead unit, for the metrics (never a work order's or caller's data). */
@Injectable()
export class DeadlineCountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byUnit(now: Date): Promise<UnitDeadlineCounts[]> {
    const rows = (await this.dataSource
      .createQueryBuilder()
      .from(WatchedDeadline, 'w')
      .leftJoin(WorkOrderState, 's', 's.id = w.work_order_id')
      // R10.2 a branch order's deadline counts for the unit answering for it
      .leftJoin(BranchOrderRecord, 'b', 'b.id = w.work_order_id')
      .select(`coalesce(s.lead_unit_id, b.unit_id, 'centre')`, 'unit')
      .addSelect('count(*)::int', 'open')
      .addSelect('(count(*) FILTER (WHERE w.soon_at <= :now AND w.due > :now))::int', 'dueSoon')
      .addSelect('(count(*) FILTER (WHERE w.due <= :now))::int', 'overdue')
      .where(`w.running AND w.subject = 'work-order'`)
      .setParameter('now', now)
      .groupBy('1')
      .getRawMany()) as UnitDeadlineCounts[];
    return rows.map((row) => ({
      unit: row.unit,
      open: Number(row.open),
      dueSoon: Number(row.dueSoon),
      overdue: Number(row.overdue),
    }));
  }
}
