import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReturnView, WorkOrderQuery } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { ReturnReviewRecord } from './return-review.entity';
import { toReturnView } from './return-view';

/** GET …/returns (R16.2, R16.3): staff, the units of the work order, and the units that returned it. */
@Injectable()
export class ListReturnsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: WorkOrderReader,
  ) {}

  async execute(query: WorkOrderQuery): Promise<{ items: ReturnView[] }> {
    const manager = this.dataSource.manager;
    const order = await this.reader.find(manager, query.workOrderId);
    const rows = await manager.find(ReturnReviewRecord, { where: { workOrderId: query.workOrderId }, order: { requestedAt: 'ASC' } });
    assertMayRead(query.actor, order, rows.map((row) => row.unitId));
    return { items: rows.map(toReturnView) };
  }
}
