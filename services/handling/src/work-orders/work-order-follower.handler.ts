import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { stepSubjects, WorkOrderFollower } from '@hotline/persistence';

/**
 * Keeps handling's copies of the work orders that come to it or leave it: assigned (by dispatch or coordination), a
 * return decided, a difficulty raised, completed, called back (R20.2: unsatisfied for the unit's reasons comes back
 * for re-handling), an appeal decided (R20.3) and a result closed after the window, which the unit's task list shows.
 * Handling adds nothing beside the copy.
 */
@Controller()
export class WorkOrderFollowerHandler {
  constructor(private readonly follower: WorkOrderFollower) {}

  @EventPattern(
    stepSubjects(
      'dispatch',
      'assign-by-coordination',
      'reject-return',
      'approve-return',
      'raise-difficulty',
      'pass-reply',
      'record-callback',
      'reject-appeal',
      'approve-appeal',
      'close-unsatisfied',
    ),
  )
  async onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event);
  }
}
