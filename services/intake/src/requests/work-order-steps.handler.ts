import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { EVERY_STEP_SUBJECT } from '@hotline/persistence';
import { FollowWorkOrderStepUseCase } from './follow-work-order-step.use-case';

/** Every lifecycle step event, followed by intake for its copies of the work orders (one durable consumer each). */
@Controller()
export class WorkOrderStepsHandler {
  constructor(private readonly follow: FollowWorkOrderStepUseCase) {}

  @EventPattern(EVERY_STEP_SUBJECT)
  onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.execute({ consumer: ctx.getConsumer(), event });
  }
}
