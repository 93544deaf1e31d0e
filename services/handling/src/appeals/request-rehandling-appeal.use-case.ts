import { Injectable } from '@nestjs/common';
import { RequestAppealBody, toWorkOrderView, WorkOrderStepCommand, WorkOrderView } from '@hotline/contracts';
import { requestIdOf } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RequestRehandlingAppealCommand extends WorkOrderStepCommand<RequestAppealBody> {}

/**
 * R20.3 the lead unit appeals the unsatisfied result that sent the order back for re-handling (R20.2), holding it
 * due to false claims, policy limits or malice. Handling holds a re-handling, so it takes the step; callbacks
 * records the appeal from the event and the centre decides it there: approved, the re-handling ends.
 */
@Injectable()
export class RequestRehandlingAppealUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({
    actor,
    workOrderId,
    body,
    now,
  }: RequestRehandlingAppealCommand): Promise<{ id: string; workOrder: WorkOrderView }> {
    const { order } = await this.steps.take(
      actor,
      workOrderId,
      { event: 'request-appeal', reason: body.reason, evidence: body.evidence },
      now,
    );
    return { id: requestIdOf(order), workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
