import { Injectable } from '@nestjs/common';
import { Actor, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { HandlingSteps } from '../work-orders/handling-steps';

export class SignWorkOrderCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly now: Date,
  ) {}
}

/** R16.1: the lead unit signs for a dispatched work order; the return window and the handling limit start. */
@Injectable()
export class SignWorkOrderUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, now }: SignWorkOrderCommand): Promise<WorkOrderView> {
    const { order } = await this.steps.take(actor, workOrderId, { event: 'sign' }, now);
    return toWorkOrderView(order, { viewer: actor });
  }
}
