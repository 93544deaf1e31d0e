import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { EVERY_STEP_SUBJECT, WorkOrderFollower } from '@hotline/persistence';

/**
 * Every lifecycle step event (one durable consumer each), keeping intake's copy of its work orders current from the
 * services that own the later states: the copy's status and `updated_at` are what Open311 and the status reads show,
 * and the copy's assignment is what the caller-access rules check. The copy is all it keeps (no inbox row): the
 * snapshot of the highest version wins, so redelivered or reordered events change nothing.
 */
@Controller()
export class WorkOrderStepsHandler {
  constructor(private readonly follower: WorkOrderFollower) {}

  @EventPattern(EVERY_STEP_SUBJECT)
  async onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event);
  }
}
