import { Injectable } from '@nestjs/common';
import { CallerInformedBody, PendingRequestStepCommand, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { assertCurrentExtension, WorkOrder, WorkOrderCommand } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RecordCallerInformedCommand extends PendingRequestStepCommand<CallerInformedBody> {}

/**
 * R17.2: after an approved extension the lead unit tells the caller the new deadline and progress, and records
 * when and how. The domain refuses a time in the future or before the approval, and a second record (422).
 */
@Injectable()
export class RecordCallerInformedUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, requestId, body, now }: RecordCallerInformedCommand): Promise<WorkOrderView> {
    const step: WorkOrderCommand = {
      event: 'record-caller-informed',
      informedAt: new Date(body.informedAt),
      method: body.method,
    };
    const guard = (current: WorkOrder) => assertCurrentExtension(current, requestId);
    const { order } = await this.steps.take(actor, workOrderId, step, now, guard);
    return toWorkOrderView(order, { viewer: actor });
  }
}
