import { Injectable } from '@nestjs/common';
import { WorkOrderStepPayload } from '@hotline/contracts';
import { Inbox, WorkOrderStates } from '@hotline/persistence';
import { IntakeWorkOrder } from './intake-work-order.entity';

/**
 * Keeps the status of intake's work orders current (Open311 reads it) from the step events of the services that
 * own the later states. The snapshot of the highest version wins, so redelivered or reordered events change nothing.
 */
@Injectable()
export class FollowWorkOrderStepUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  async execute(consumer: string, eventId: string, payload: WorkOrderStepPayload): Promise<void> {
    await this.inbox.handleOnce(consumer, eventId, async (manager) => {
      const at = new Date(payload.at);
      if (!(await this.states.follow(manager, payload.state, at))) return;
      const current = await this.states.find(manager, payload.workOrderId);
      if (current) await manager.update(IntakeWorkOrder, { id: payload.workOrderId }, { status: current.status, updatedAt: at });
    });
  }
}
