import { Injectable } from '@nestjs/common';
import { CallerInformedMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { WorkOrder } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';
import { assertCurrentExtension } from '../work-orders/request-id';

/**
 * R17.2: after an approved extension the lead unit tells the caller the new deadline and progress, and records
 * when and how. The domain refuses a time in the future or before the approval, and a second record (422).
 */
@Injectable()
export class RecordCallerInformedUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, extensionId, body }: CallerInformedMessage, now: Date): Promise<WorkOrderView> {
    const command = { event: 'record-caller-informed', informedAt: new Date(body.informedAt), method: body.method } as const;
    const guard = (current: WorkOrder) => assertCurrentExtension(current, extensionId);
    const { order } = await this.steps.take(actor, workOrderId, command, now, guard);
    return toWorkOrderView(order, { viewer: actor });
  }
}
