import { Injectable } from '@nestjs/common';
import { HandlingRequestCreated, RequestReturnBody, toWorkOrderView, WorkOrderStepCommand } from '@hotline/contracts';
import { requestIdOf } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RequestReturnCommand extends WorkOrderStepCommand<RequestReturnBody> {}

/**
 * R16.2: the lead unit asks, within 2 working days of signing, to return the work order with reason and basis.
 * After the window the domain refuses (422): it counts as signed. Dispatch reviews the request (R16.3).
 */
@Injectable()
export class RequestReturnUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, body, now }: RequestReturnCommand): Promise<HandlingRequestCreated> {
    const { order } = await this.steps.take(
      actor,
      workOrderId,
      { event: 'request-return', reason: body.reason, basis: body.basis },
      now,
    );
    return { id: requestIdOf(order), kind: 'return', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
