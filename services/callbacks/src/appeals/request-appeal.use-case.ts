import { Injectable } from '@nestjs/common';
import { RequestAppealMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { Appeal } from './appeal.entity';
import { TakeCallbackStep } from '../callbacks/take-callback-step';

/** R20.3 the lead unit appeals an unsatisfied result caused by false claims, policy limits or malice, with evidence. */
@Injectable()
export class RequestAppealUseCase {
  constructor(private readonly step: TakeCallbackStep) {}

  async execute({ workOrderId, actor, body }: RequestAppealMessage): Promise<{ id: string; workOrder: WorkOrderView }> {
    const command = { event: 'request-appeal' as const, reason: body.reason, evidence: body.evidence };
    const { transition, result: id } = await this.step.run(workOrderId, command, actor, async (manager, { order, step }) => {
      const appeal: Appeal = {
        id: `${workOrderId}:${order.version}`,
        workOrderId,
        unitId: order.assignment?.leadUnitId ?? actor.unitId ?? '',
        reason: body.reason,
        evidence: body.evidence,
        requestedAt: step.at,
        decision: null,
        decidedBy: null,
        decidedAt: null,
      };
      await manager.insert(Appeal, appeal);
      return appeal.id;
    });
    return { id, workOrder: toWorkOrderView(transition.order, { viewer: actor }) };
  }
}
