import { Injectable } from '@nestjs/common';
import { SuggestionQuery, SuggestionView } from '@hotline/contracts';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { RouteWorkOrder } from './route-work-order';
import { Transactions } from '@hotline/persistence';

/** GET …/suggestion: the units routing proposes for a work order, and which rule matched (R15.3–R15.4, R22.1). */
@Injectable()
export class SuggestUnitsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly reader: WorkOrderReader,
    private readonly routing: RouteWorkOrder,
  ) {}

  async execute(query: SuggestionQuery): Promise<SuggestionView> {
    const manager = this.transactions.outside;
    const order = await this.reader.find(manager, query.workOrderId);
    assertMayRead(query.actor, order);
    const routed = await this.routing.route(manager, order, {
      emergencyCategory: query.emergencyCategory,
      street: query.street,
    });
    return { ...routed.result, workOrderId: order.id, facts: routed.facts, excludedUnitIds: routed.excludedUnitIds };
  }
}
