import { Injectable } from '@nestjs/common';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import { WorkOrderFollower } from '@hotline/persistence';

export interface FollowWorkOrderStepCommand {
  /** the durable consumer the event came through */
  consumer: string;
  event: EventEnvelope<WorkOrderStepPayload>;
}

/**
 * Keeps intake's copy of its work orders current from the step events of the services that own the later states:
 * the copy's status and `updated_at` are what Open311 and the status reads show, and the copy's assignment is what
 * the caller-access rules check. The copy is all it keeps (no inbox row): the snapshot of the highest version wins,
 * so redelivered or reordered events change nothing.
 */
@Injectable()
export class FollowWorkOrderStepUseCase {
  constructor(private readonly follower: WorkOrderFollower) {}

  async execute({ consumer, event }: FollowWorkOrderStepCommand): Promise<void> {
    await this.follower.follow(consumer, event);
  }
}
