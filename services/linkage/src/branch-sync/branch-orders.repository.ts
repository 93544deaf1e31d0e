import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { BranchOrder } from './branch-order.entity';

/** Branch centres' orders: every query of `branch_orders`. */
@Injectable()
export class BranchOrdersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The order of the branch with that external id, taken for this transaction. */
  findForUpdate(manager: EntityManager, branchCode: string, externalId: string): Promise<BranchOrder | null> {
    return manager.findOne(BranchOrder, { where: { branchCode, externalId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The branch's orders with those external ids that we hold, taken for this transaction. */
  findManyForUpdate(manager: EntityManager, branchCode: string, externalIds: string[]): Promise<BranchOrder[]> {
    return manager.find(BranchOrder, {
      where: { branchCode, externalId: In(externalIds) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts the orders whose (branch, external id) is new; answers the ids inserted (another replica may be first). */
  async insertNew(manager: EntityManager, orders: BranchOrder[]): Promise<Set<string>> {
    if (orders.length === 0) return new Set();
    const rows = await insertRows(manager, BranchOrder, orders, 'ON CONFLICT DO NOTHING RETURNING "id"');
    return new Set(rows.map((row) => (row as { id: string }).id));
  }

  async update(manager: EntityManager, { id, ...changes }: BranchOrder): Promise<void> {
    await manager.update(BranchOrder, { id }, changes);
  }

  countOf(branchCode: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(BranchOrder, { where: { branchCode } });
  }

  /** How many orders we hold per branch. */
  async countsByBranch(): Promise<Map<string, number>> {
    const rows = await this.dataSource.manager
      .getRepository(BranchOrder)
      .createQueryBuilder('o')
      .select('o.branch_code', 'branch')
      .addSelect('count(*)::int', 'n')
      .groupBy('o.branch_code')
      .getRawMany<{ branch: string; n: number }>();
    return new Map(rows.map((row) => [row.branch, row.n]));
  }
}
