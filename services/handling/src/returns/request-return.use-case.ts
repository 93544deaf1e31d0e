import { Injectable } from '@nestjs/common';
import { HandlingRequestCreated, RequestReturnMessage, toWorkOrderView } from '@hotline/contracts';
import { HandlingSteps } from '../work-orders/handling-steps';
import { requestIdOf } from '../work-orders/request-id';

/**
 * R16.2: the lead unit asks, within 2 working days of signing, to return the work order with reason and basis.
 * After the window the domain refuses (422): it counts as signed. Dispatch reviews the request (R16.3).
 */
@Injectable()
export class RequestReturnUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, body }: RequestReturnMessage, now: Date): Promise<HandlingRequestCreated> {
    const command = { event: 'request-return', reason: body.reason, basis: body.basis } as const;
    const { order } = await this.steps.take(actor, workOrderId, command, now);
    return { id: requestIdOf(order), kind: 'return', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
