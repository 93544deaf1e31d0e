import { Injectable } from '@nestjs/common';
import { Actor, AppealDecisionBody, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { decisionCommand, NotFoundError } from '@hotline/domain';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { AppealDecision, AppealsRepository } from './appeals.repository';

export class DecideAppealCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly appealId: string,
    readonly body: AppealDecisionBody,
  ) {}
}

/** R20.3 the centre decides an appeal: approved keeps the result out of the assessment; rejected, it counts. */
@Injectable()
export class DecideAppealUseCase {
  constructor(
    private readonly step: TakeCallbackStep,
    private readonly appeals: AppealsRepository,
  ) {}

  async execute({ workOrderId, appealId, actor, body }: DecideAppealCommand): Promise<WorkOrderView> {
    const command = decisionCommand('appeal', body.approve, body.comment);
    const { transition } = await this.step.run(workOrderId, command, actor, async (manager, { step }) => {
      const decision: AppealDecision = {
        decision: body.approve ? 'approved' : 'rejected',
        decidedBy: actor.id,
        decidedAt: step.at,
      };
      // Thrown inside the transaction: the step is rolled back with it.
      if (!(await this.appeals.decideOpen(manager, workOrderId, appealId, decision))) {
        throw new NotFoundError(`no open appeal ${appealId} on work order ${workOrderId}`);
      }
    });
    return toWorkOrderView(transition.order, { viewer: actor });
  }
}
