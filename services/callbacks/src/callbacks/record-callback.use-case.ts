import { Injectable } from '@nestjs/common';
import { RecordCallbackMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { TakeCallbackStep } from './take-callback-step';

/**
 * R20.1 the callback of a done work order: satisfied closes it; unsatisfied for the unit's own reasons
 * sends it back for re-handling in 5 working days (R20.2, handling takes it from the event); other causes
 * may be appealed by the unit (R20.3). The domain decides which.
 */
@Injectable()
export class RecordCallbackUseCase {
  constructor(private readonly step: TakeCallbackStep) {}

  async execute({ workOrderId, actor, body }: RecordCallbackMessage): Promise<WorkOrderView> {
    const command = {
      event: 'record-callback' as const,
      satisfaction: body.satisfaction,
      contacted: body.contacted,
      ...(body.cause ? { cause: body.cause } : {}),
      // R20.3 the reviewer may classify the matter here; the domain keeps it and measures the result by it.
      ...(body.matterNature ? { matterNature: body.matterNature } : {}),
    };
    const { transition } = await this.step.run(workOrderId, command, actor, async () => undefined);
    return toWorkOrderView(transition.order, { viewer: actor });
  }
}
