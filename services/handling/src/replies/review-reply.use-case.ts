import { Injectable } from '@nestjs/common';
import { PendingRequestStepCommand, ReviewReplyBody, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { assertPendingRequest, decisionCommand, WorkOrder } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class ReviewReplyCommand extends PendingRequestStepCommand<ReviewReplyBody> {}

/** R19.1: the centre reviews the reply. Passed: done (办结). Failed: back to the unit within the original limit. */
@Injectable()
export class ReviewReplyUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, requestId, body, now }: ReviewReplyCommand): Promise<WorkOrderView> {
    const command = decisionCommand('reply', body.pass, body.comment);
    const guard = (current: WorkOrder) => assertPendingRequest(current, requestId, 'replied', 'reply');
    const { order } = await this.steps.take(actor, workOrderId, command, now, guard);
    return toWorkOrderView(order, { viewer: actor });
  }
}
