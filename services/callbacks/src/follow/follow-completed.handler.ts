import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderClosedOnline, WorkOrderClosedOnlinePayload, WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, WorkOrderStates } from '@hotline/persistence';
import { recordAppealTakenElsewhere } from '../appeals/record-appeal';

type StepEvent = EventEnvelope<WorkOrderStepPayload>;

/**
 * Every finished work order is ours to call back (Art. 20 全面回访, R20.1): a reply that passed review (R19.1),
 * a request closed online at intake (R15.1) or answered by call back (R15.2). Also the appeals handling takes
 * on a re-handling (R20.3), which the centre decides here, and re-handling that comes back after it.
 */
@Controller()
export class FollowCompletedHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  @EventPattern(WorkOrderStepEvents['pass-reply'].subject)
  onCompleted(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event.id, event.payload.state, event.occurredAt, ctx);
  }

  @EventPattern(WorkOrderStepEvents['answer-callback'].subject)
  onAnsweredByCallBack(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event.id, event.payload.state, event.occurredAt, ctx);
  }

  /** A request closed online at intake; the others reach us when they are done, not with every created event. */
  @EventPattern(WorkOrderClosedOnline.subject)
  async onClosedOnline(@Payload() event: EventEnvelope<WorkOrderClosedOnlinePayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    if (!event.payload.state) return;
    await this.follow(event.id, event.payload.state, event.occurredAt, ctx);
  }

  @EventPattern(WorkOrderStepEvents['request-appeal'].subject)
  async onAppealRequested(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, async (manager) => {
      await this.states.follow(manager, event.payload.state, new Date(event.occurredAt));
      await recordAppealTakenElsewhere(manager, event.payload);
    });
  }

  private async follow(eventId: string, state: Record<string, unknown>, occurredAt: string, ctx: JetStreamContext): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), eventId, (manager) => this.states.follow(manager, state, new Date(occurredAt)));
  }
}
