import { Injectable } from '@nestjs/common';
import { DecideExtensionBody, PendingRequestStepCommand, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { assertPendingRequest, decisionCommand, WorkOrder } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class DecideExtensionCommand extends PendingRequestStepCommand<DecideExtensionBody> {}

/**
 * R17.2: the centre decides an extension. Approved: the limit runs on after its last day and the step records
 * that the unit must tell the caller the new deadline and progress. Rejected: the original deadline stands.
 */
@Injectable()
export class DecideExtensionUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, requestId, body, now }: DecideExtensionCommand): Promise<WorkOrderView> {
    const command = decisionCommand('extension', body.approve, body.comment);
    const guard = (current: WorkOrder) =>
      assertPendingRequest(current, requestId, 'extension-requested', 'extension request');
    const { order } = await this.steps.take(actor, workOrderId, command, now, guard);
    return toWorkOrderView(order, { viewer: actor });
  }
}
