import { Injectable } from '@nestjs/common';
import { Actor, RequestAppealBody, toWorkOrderView, WORK_ORDER_WRITER, WorkOrderView } from '@hotline/contracts';
import { NotTheWriterError, requestIdOf, WorkOrderCommand } from '@hotline/domain';
import { TakeCallbackStep } from '../callbacks/take-callback-step';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { AppealsRepository } from './appeals.repository';

export class RequestAppealCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly body: RequestAppealBody,
  ) {}
}

/**
 * R20.3 the lead unit appeals an unsatisfied result it holds to be caused by false claims, policy limits or malice,
 * whatever cause the reviewer recorded, with reason and evidence, within the window.
 */
@Injectable()
export class RequestAppealUseCase {
  constructor(
    private readonly step: TakeCallbackStep,
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly appeals: AppealsRepository,
  ) {}

  async execute({ workOrderId, actor, body }: RequestAppealCommand): Promise<{ id: string; workOrder: WorkOrderView }> {
    await this.refuseRehandlingAtOnce(workOrderId);
    const command: WorkOrderCommand = { event: 'request-appeal', reason: body.reason, evidence: body.evidence };
    const { transition, result: id } = await this.step.run(
      workOrderId,
      command,
      actor,
      async (manager, { order, step }) => {
        const id = requestIdOf(order);
        const unitId = order.assignment?.leadUnitId ?? actor.unitId ?? '';
        await this.appeals.insert(manager, {
          id,
          workOrderId,
          unitId,
          reason: body.reason,
          evidence: body.evidence,
          requestedAt: step.at,
          decision: null,
          decidedBy: null,
          decidedAt: null,
        });
        return id;
      },
    );
    return { id, workOrder: toWorkOrderView(transition.order, { viewer: actor }) };
  }

  /**
   * The result sent it back for re-handling, which handling holds (this copy took that step itself, so it knows):
   * 409 naming handling at once, instead of waiting for a hand-over that will not come.
   */
  private async refuseRehandlingAtOnce(workOrderId: string): Promise<void> {
    const order = await this.states.find(this.transactions.outside, workOrderId);
    if (order?.status !== 'rehandling') return;
    const writer = WORK_ORDER_WRITER[order.status];
    throw new NotTheWriterError(
      `work order ${workOrderId} is 'rehandling'; step 'request-appeal' is taken by ${writer ?? 'nobody'}`,
      order.status,
      writer,
    );
  }
}
