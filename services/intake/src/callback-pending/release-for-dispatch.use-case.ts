import { Injectable } from '@nestjs/common';
import { WorkOrderActionMessage } from '@hotline/contracts';
import { TakeIntakeStep } from './take-intake-step';

/** Dispatch asks intake to send a work order on to dispatch. */
export type ReleaseForDispatchCommand = WorkOrderActionMessage;

/**
 * R15.2/R15.3: what the call back cannot answer is sent on. Dispatch asks for it when the operator dispatches a
 * work order still waiting for its call back, or reopened by an unsatisfied callback (Art. 20); intake, its owner
 * in those states, takes the step to awaiting-dispatch and the step event hands it over. Any other state is answered as it is: there is nothing to release.
 */
@Injectable()
export class ReleaseForDispatchUseCase {
  constructor(private readonly step: TakeIntakeStep) {}

  async execute({ workOrderId, actor }: ReleaseForDispatchCommand): Promise<{ workOrderId: string; status: string }> {
    const status = await this.step.statusOf(workOrderId);
    if (status !== 'callback-pending' && status !== 'reopened') return { workOrderId, status };
    const { transition } = await this.step.run(workOrderId, { event: 'accept-for-dispatch' }, actor);
    return { workOrderId, status: transition.order.status };
  }
}
