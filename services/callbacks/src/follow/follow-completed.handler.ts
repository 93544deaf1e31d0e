import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, WorkOrderStates } from '@hotline/persistence';

/** A reply that passed review makes the work order done (R19.1): it is ours to call back (R20.1). */
@Controller()
export class FollowCompletedHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  @EventPattern(WorkOrderStepEvents['pass-reply'].subject)
  async onCompleted(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) => this.states.follow(manager, event.payload.state, new Date(event.occurredAt)));
  }
}
