import { Injectable } from '@nestjs/common';
import { Actor, RecordCallbackBody, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { WorkOrderCommand } from '@hotline/domain';
import { CallbacksConfig } from '../config/callbacks.config';
import { TakeCallbackStep } from './take-callback-step';

export class RecordCallbackCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly body: RecordCallbackBody,
  ) {}
}

/**
 * R20.1 the callback of a finished work order: satisfied closes it; unsatisfied for the unit's own reasons
 * sends it back for re-handling in 5 working days (R20.2, handling takes it from the event); the lead unit may
 * appeal any unsatisfied result within the configured window (R20.3); one closed online goes back to the
 * operator. The domain decides which.
 */
@Injectable()
export class RecordCallbackUseCase {
  constructor(
    private readonly step: TakeCallbackStep,
    private readonly config: CallbacksConfig,
  ) {}

  async execute({ workOrderId, actor, body }: RecordCallbackCommand): Promise<WorkOrderView> {
    const command: WorkOrderCommand = {
      event: 'record-callback',
      satisfaction: body.satisfaction,
      contacted: body.contacted,
      ...(body.cause ? { cause: body.cause } : {}),
      ...(body.reason !== undefined ? { reason: body.reason } : {}),
      // R20.3 the reviewer may classify the matter here; the domain keeps it and measures the result by it.
      ...(body.matterNature ? { matterNature: body.matterNature } : {}),
      appealWindowWorkingDays: this.config.HOTLINE_APPEAL_WINDOW_WORKING_DAYS,
    };
    const { transition } = await this.step.run(workOrderId, command, actor, async () => undefined);
    return toWorkOrderView(transition.order, { viewer: actor });
  }
}
