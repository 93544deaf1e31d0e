import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import {
  CoUnitContributed,
  CoUnitContributedPayload,
  ContactRequestClosed,
  ContactRequested,
  EventEnvelope,
  GetTimelineQuery,
  SupervisionRpc,
  TransferAnswered,
  TransferSent,
  TransferUnacknowledged,
  WorkOrderClosedOnline,
  WorkOrderRejected,
  WorkOrderTimeline,
} from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox } from '@hotline/persistence';
import { GetTimelineCommand, GetTimelineUseCase } from './get-timeline.use-case';
import { TimelineRepository } from './timeline.repository';

/**
 * Intake's decisions, the centre's relays to anonymous callers (R14.3, R18.1), transfers to partner lines and their
 * answers (R10.1) and co units' contributions on the timeline (the lifecycle steps come through the work-order projection), and the timeline query.
 */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly timelines: TimelineRepository,
    private readonly getTimeline: GetTimelineUseCase,
  ) {}

  @EventPattern([
    WorkOrderRejected.subject,
    WorkOrderClosedOnline.subject,
    ContactRequested.subject,
    ContactRequestClosed.subject,
    TransferSent.subject,
    TransferUnacknowledged.subject,
    TransferAnswered.subject,
  ])
  async onIntakeDecision(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    const workOrderId = event.workOrderId;
    if (!workOrderId) return;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      this.timelines.append(manager, event, workOrderId),
    );
  }

  /** R15.5/R14.1: a co-handling unit's part of the handling is a step of the record, though not of the lifecycle. */
  @EventPattern(CoUnitContributed.subject)
  async onCoUnitContribution(
    @Payload() event: EventEnvelope<CoUnitContributedPayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    const workOrderId = event.payload.workOrderId;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      this.timelines.append(manager, event, workOrderId),
    );
  }

  @MessagePattern(SupervisionRpc.timeline.subject)
  timeline(@Payload() query: GetTimelineQuery): Promise<WorkOrderTimeline> {
    return this.getTimeline.execute(new GetTimelineCommand(String(query?.workOrderId), query?.viewer));
  }
}
