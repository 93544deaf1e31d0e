import { Injectable, NotFoundException } from '@nestjs/common';
import { DecideAppealMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { IsNull } from 'typeorm';
import { Appeal } from './appeal.entity';
import { TakeCallbackStep } from '../callbacks/take-callback-step';

/** R20.3 the centre decides an appeal: approved keeps the result out of the assessment; rejected, it counts. */
@Injectable()
export class DecideAppealUseCase {
  constructor(private readonly step: TakeCallbackStep) {}

  async execute({ workOrderId, appealId, actor, body }: DecideAppealMessage): Promise<WorkOrderView> {
    const command = body.approve
      ? { event: 'approve-appeal' as const, ...(body.comment ? { comment: body.comment } : {}) }
      : { event: 'reject-appeal' as const, ...(body.comment ? { comment: body.comment } : {}) };
    const { transition } = await this.step.run(workOrderId, command, actor, async (manager, { step }) => {
      const decided = await manager.update(
        Appeal,
        { id: appealId, workOrderId, decision: IsNull() },
        { decision: body.approve ? 'approved' : 'rejected', decidedBy: actor.id, decidedAt: step.at },
      );
      // Thrown inside the transaction: the step is rolled back with it.
      if (decided.affected !== 1) throw new NotFoundException(`no open appeal ${appealId} on work order ${workOrderId}`);
    });
    return toWorkOrderView(transition.order, { viewer: actor });
  }
}
