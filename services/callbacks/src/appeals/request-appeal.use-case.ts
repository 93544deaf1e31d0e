import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestAppealMessage, toWorkOrderView, WORK_ORDER_WRITER, WorkOrderView } from '@hotline/contracts';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { Appeal } from './appeal.entity';
import { TakeCallbackStep } from '../callbacks/take-callback-step';

/**
 * R20.3 the lead unit appeals an unsatisfied result it holds to be caused by false claims, policy limits or malice,
 * whatever cause the reviewer recorded, with reason and evidence, within the window.
 */
@Injectable()
export class RequestAppealUseCase {
  constructor(
    private readonly step: TakeCallbackStep,
    private readonly states: WorkOrderStates,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute({ workOrderId, actor, body }: RequestAppealMessage): Promise<{ id: string; workOrder: WorkOrderView }> {
    await this.refuseRehandlingAtOnce(workOrderId);
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

  /**
   * The result sent it back for re-handling, which handling holds (this copy took that step itself, so it knows):
   * 409 naming handling at once, instead of waiting for a hand-over that will not come.
   */
  private async refuseRehandlingAtOnce(workOrderId: string): Promise<void> {
    const order = await this.states.find(this.dataSource.manager, workOrderId);
    if (order?.status !== 'rehandling') return;
    const writer = WORK_ORDER_WRITER[order.status];
    throw new ConflictException({
      message: `work order ${workOrderId} is 'rehandling'; step 'request-appeal' is taken by ${writer ?? 'nobody'}`,
      details: { status: order.status, writer },
    });
  }
}
