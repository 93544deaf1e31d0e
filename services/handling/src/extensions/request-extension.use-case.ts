import { Injectable } from '@nestjs/common';
import {
  HandlingRequestCreated,
  RequestExtensionBody,
  toWorkOrderView,
  WorkOrderStepCommand,
} from '@hotline/contracts';
import { requestIdOf } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RequestExtensionCommand extends WorkOrderStepCommand<RequestExtensionBody> {}

/** R17.2: before the handling limit ends, once, for at most 5 working days (the domain decides; 422 otherwise). */
@Injectable()
export class RequestExtensionUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, body, now }: RequestExtensionCommand): Promise<HandlingRequestCreated> {
    const { order } = await this.steps.take(
      actor,
      workOrderId,
      { event: 'request-extension', workingDays: body.workingDays, reason: body.reason },
      now,
    );
    return { id: requestIdOf(order), kind: 'extension', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
