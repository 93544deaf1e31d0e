import { Injectable } from '@nestjs/common';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import { WorkOrderFollower } from '@hotline/persistence';
import { IntakeWorkOrderRepository } from './intake-work-order.repository';

export interface FollowWorkOrderStepCommand {
  /** the durable consumer the event came through (the inbox key) */
  consumer: string;
  event: EventEnvelope<WorkOrderStepPayload>;
}

/**
 * Keeps the status of intake's work orders current (Open311 reads it) from the step events of the services that
 * own the later states. The snapshot of the highest version wins, so redelivered or reordered events change nothing.
 */
@Injectable()
export class FollowWorkOrderStepUseCase {
  constructor(
    private readonly follower: WorkOrderFollower,
    private readonly workOrders: IntakeWorkOrderRepository,
  ) {}

  async execute({ consumer, event }: FollowWorkOrderStepCommand): Promise<void> {
    const { workOrderId, to, at } = event.payload;
    await this.follower.follow(consumer, event, async (manager, newer) => {
      if (newer) await this.workOrders.update(manager, workOrderId, { status: to, updatedAt: new Date(at) });
    });
  }
}
