import { Injectable } from '@nestjs/common';
import { toWorkOrderView, WorkOrderActionMessage, WorkOrderView } from '@hotline/contracts';
import { HandlingSteps } from '../work-orders/handling-steps';

/** R16.1: the lead unit signs for a dispatched work order; the return window and the handling limit start. */
@Injectable()
export class SignWorkOrderUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId }: WorkOrderActionMessage, now: Date): Promise<WorkOrderView> {
    const { order } = await this.steps.take(actor, workOrderId, { event: 'sign' }, now);
    return toWorkOrderView(order, { viewer: actor });
  }
}
