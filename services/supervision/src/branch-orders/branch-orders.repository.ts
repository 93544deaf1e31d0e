import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BranchOrderTimes } from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { BranchOrderRecord } from './branch-order.entity';

/** What a month's figures need of a branch order (R24.1). */
export type BranchOrderOfMonth = Pick<
  BranchOrderRecord,
  'branch' | 'unitId' | 'branchStatus' | 'acceptedAt' | 'dueAt' | 'closedAt'
>;

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

  /** The answering unit of each of these ids that is a branch order (absent: not one; null: no unit answers). */
  async unitsOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(BranchOrderRecord)
      .find({ where: { id: In([...ids]) }, select: { id: true, unitId: true } });
    return new Map(rows.map((row) => [row.id, row.unitId]));
  }

  /**
   * The branch orders a month [start, end) counts as of `asOf`: accepted or closed in it, or open past their due time
   * at `asOf` (branchOrderMonthCounts of @hotline/domain decides what each counts as).
   */
  ofMonth(start: Date, end: Date, asOf: Date): Promise<BranchOrderOfMonth[]> {
    return this.dataSource
      .getRepository(BranchOrderRecord)
      .createQueryBuilder('b')
      .select(['b.branch', 'b.unitId', 'b.branchStatus', 'b.acceptedAt', 'b.dueAt', 'b.closedAt'])
      .where('b.accepted_at >= :start AND b.accepted_at < :end', { start, end })
      .orWhere('b.closed_at >= :start AND b.closed_at < :end')
      .orWhere('b.due_at < :asOf AND (b.closed_at IS NULL OR b.closed_at > :asOf)', { asOf })
      .getMany();
  }
}
