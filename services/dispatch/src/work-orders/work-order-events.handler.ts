import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderCreated, WorkOrderCreatedPayload, WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { FollowWorkOrdersUseCase } from './follow-work-orders.use-case';

type StepEvent = EventEnvelope<WorkOrderStepPayload>;

/**
 * The events that bring a work order into a state dispatch owns (awaiting dispatch, a return to review,
 * a difficult matter) or move it on from one dispatch gave (signed), so dispatch's copy is current.
 */
@Controller()
export class WorkOrderEventsHandler {
  constructor(private readonly follow: FollowWorkOrdersUseCase) {}

  @EventPattern(WorkOrderCreated.subject)
  onCreated(@Payload() event: EventEnvelope<WorkOrderCreatedPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.created(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderStepEvents['accept-for-dispatch'].subject)
  onAcceptedForDispatch(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.step(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderStepEvents.sign.subject)
  onSigned(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.step(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderStepEvents['deem-signed'].subject)
  onDeemedSigned(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.step(ctx.getConsumer(), event);
  }

  /** Art. 20: closed online and called back unsatisfied, it comes back to the operator to dispatch (or answer again). */
  @EventPattern(WorkOrderStepEvents['record-callback'].subject)
  onCallbackRecorded(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.step(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderStepEvents['request-return'].subject)
  onReturnRequested(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.returnRequested(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderStepEvents['raise-difficulty'].subject)
  onDifficultyRaised(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.difficultyRaised(ctx.getConsumer(), event);
  }
}
