import { Injectable } from '@nestjs/common';
import { HandlingRequestCreated, RequestExtensionMessage, toWorkOrderView } from '@hotline/contracts';
import { HandlingSteps } from '../work-orders/handling-steps';
import { requestIdOf } from '../work-orders/request-id';

/** R17.2: before the handling limit ends, once, for at most 5 working days (the domain decides; 422 otherwise). */
@Injectable()
export class RequestExtensionUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, body }: RequestExtensionMessage, now: Date): Promise<HandlingRequestCreated> {
    const command = { event: 'request-extension', workingDays: body.workingDays, reason: body.reason } as const;
    const { order } = await this.steps.take(actor, workOrderId, command, now);
    return { id: requestIdOf(order), kind: 'extension', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
