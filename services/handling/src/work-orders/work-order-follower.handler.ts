import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, WorkOrderStates } from '@hotline/persistence';

/**
 * Keeps handling's copies of the work orders that come to it or leave it: each event once (inbox), and only a
 * newer version replaces the copy, so redelivered or reordered events change nothing.
 */
@Controller()
export class WorkOrderFollowerHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  @EventPattern(WorkOrderStepEvents.dispatch.subject)
  onAssigned(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  @EventPattern(WorkOrderStepEvents['assign-by-coordination'].subject)
  onAssignedByCoordination(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  @EventPattern(WorkOrderStepEvents['reject-return'].subject)
  onReturnRejected(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  @EventPattern(WorkOrderStepEvents['approve-return'].subject)
  onReturnApproved(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  @EventPattern(WorkOrderStepEvents['raise-difficulty'].subject)
  onDifficultyRaised(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  @EventPattern(WorkOrderStepEvents['pass-reply'].subject)
  onCompleted(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  /** R20.2: unsatisfied for the unit's reasons comes back for re-handling. */
  @EventPattern(WorkOrderStepEvents['record-callback'].subject)
  onCallbackRecorded(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  /** R20.3 an appeal of a re-handling was rejected: the re-handling goes on. */
  @EventPattern(WorkOrderStepEvents['reject-appeal'].subject)
  onAppealRejected(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  /** R20.3 the end of a callback handling saw (approved appeal, result closed after the window): the unit's task list shows it. */
  @EventPattern([WorkOrderStepEvents['approve-appeal'].subject, WorkOrderStepEvents['close-unsatisfied'].subject])
  onResultClosed(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow(event, ctx);
  }

  private async follow(event: EventEnvelope<WorkOrderStepPayload>, ctx: JetStreamContext): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) => this.states.follow(manager, event.payload.state, new Date(event.occurredAt)));
  }
}
