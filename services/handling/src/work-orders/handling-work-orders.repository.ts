import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrder, workOrderFromJson, WorkOrderStatus } from '@hotline/domain';
import { WorkOrderState, WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';

/** One of handling's copies of a work order, as a unit's task list reads it. */
export interface UnitTaskRow {
  readonly id: string;
  readonly status: string;
  readonly version: number;
  readonly order: WorkOrder;
}

/**
 * Handling's copies of the work orders (the `work_order_states` table of WorkOrderState), as handling's use cases
 * read them: one order, a unit's tasks. Steps are WorkOrderStates' (lock, domain rules, new version and its event),
 * run through the shared Transactions.
 */
@Injectable()
export class HandlingWorkOrdersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
  ) {}

  find(id: string): Promise<WorkOrder | null> {
    return this.states.find(this.dataSource.manager, id);
  }

  /** The unit's work orders, as lead or co unit, the latest first; at most `limit`. */
  async listForUnit(unitId: string, status: WorkOrderStatus | undefined, limit: number): Promise<UnitTaskRow[]> {
    const query = this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .where('(w.lead_unit_id = :unitId OR :unitId = ANY(w.co_unit_ids))', { unitId })
      .orderBy('w.updated_at', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit);
    if (status) query.andWhere('w.status = :status', { status });
    const rows = await query.getMany();
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      version: row.version,
      order: workOrderFromJson(row.state),
    }));
  }
}
