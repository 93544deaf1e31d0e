import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EventEnvelope,
  WorkOrderClosedOnline,
  WorkOrderClosedOnlinePayload,
  WorkOrderStepPayload,
} from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { stepSubjects, WorkOrderFollower } from '@hotline/persistence';
import { recordAppealTakenElsewhere } from '../appeals/record-appeal';

type StepEvent = EventEnvelope<WorkOrderStepPayload>;

/**
 * Every finished work order is ours to call back (Art. 20 全面回访, R20.1): a reply that passed review (R19.1),
 * a request closed online at intake (R15.1) or answered by call back (R15.2). Also the appeals handling takes
 * on a re-handling (R20.3), which the centre decides here, and re-handling that comes back after it.
 */
@Controller()
export class FollowCompletedHandler {
  constructor(private readonly follower: WorkOrderFollower) {}

  @EventPattern(stepSubjects('pass-reply', 'answer-callback'))
  async onFinished(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event);
  }

  /** A request closed online at intake; the others reach us when they are done, not with every created event. */
  @EventPattern(WorkOrderClosedOnline.subject)
  async onClosedOnline(
    @Payload() event: EventEnvelope<WorkOrderClosedOnlinePayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    if (!event.payload.state) return;
    await this.follower.follow(ctx.getConsumer(), event);
  }

  /** Callbacks adds the appeal that handling took on (R20.3), to decide it here. */
  @EventPattern(stepSubjects('request-appeal'))
  async onAppealRequested(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event, (manager) =>
      recordAppealTakenElsewhere(manager, event.payload),
    );
  }
}
