import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AWAITING_CALLBACK_STATUSES, WorkOrder, workOrderFromJson } from '@hotline/domain';
import { PagePosition } from '@hotline/contracts';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';

export interface QueuedWorkOrder {
  readonly id: string;
  readonly updatedAt: Date;
  readonly order: WorkOrder;
}

/**
 * R20.1 the finished work orders awaiting their callback, from callbacks' copies (the `work_order_states` table of
 * WorkOrderState). A copy's `updated_at` is when the step that finished it happened, so its order is the due date's.
 */
@Injectable()
export class CallbackQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `limit` of them, oldest first, after `from` when given. */
  async listAwaitingCallback(limit: number, from?: PagePosition): Promise<QueuedWorkOrder[]> {
    const query = this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .where('w.status IN (:...statuses)', { statuses: [...AWAITING_CALLBACK_STATUSES] })
      .orderBy('w.updated_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit);
    if (from) query.andWhere('(w.updated_at, w.id) > (:after, :id)', { after: from.at, id: from.id });
    const rows = await query.getMany();
    return rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt, order: workOrderFromJson(row.state) }));
  }
}
