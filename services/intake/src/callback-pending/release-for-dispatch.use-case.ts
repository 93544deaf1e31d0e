import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrderActionMessage } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { TakeIntakeStep } from './take-intake-step';

/**
 * R15.2/R15.3: what the call back cannot answer is sent on. Dispatch asks for it when the operator dispatches a
 * work order still waiting for its call back, or reopened by an unsatisfied callback (Art. 20); intake, its owner
 * in those states, takes the step to awaiting-dispatch and the step event hands it over. Any other state is answered as it is: there is nothing to release.
 */
@Injectable()
export class ReleaseForDispatchUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly step: TakeIntakeStep,
  ) {}

  async execute({ workOrderId, actor }: WorkOrderActionMessage): Promise<{ workOrderId: string; status: string }> {
    const status = await this.dataSource.transaction((manager) => this.step.statusOf(manager, workOrderId));
    if (status !== 'callback-pending' && status !== 'reopened') return { workOrderId, status };
    const { transition } = await this.step.run(workOrderId, { event: 'accept-for-dispatch' }, actor);
    return { workOrderId, status: transition.order.status };
  }
}
