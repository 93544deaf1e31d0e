import { Injectable } from '@nestjs/common';
import { ReturnView, WorkOrderQuery } from '@hotline/contracts';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { ReturnReviewRepository } from './return-review.repository';
import { toReturnView } from './return-view';
import { Transactions } from '@hotline/persistence';

/** GET …/returns (R16.2, R16.3): staff, the units of the work order, and the units that returned it. */
@Injectable()
export class ListReturnsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly reader: WorkOrderReader,
    private readonly returns: ReturnReviewRepository,
  ) {}

  async execute(query: WorkOrderQuery): Promise<{ items: ReturnView[] }> {
    const order = await this.reader.find(this.transactions.outside, query.workOrderId);
    const rows = await this.returns.listOf(query.workOrderId);
    assertMayRead(
      query.actor,
      order,
      rows.map((row) => row.unitId),
    );
    return { items: rows.map(toReturnView) };
  }
}
