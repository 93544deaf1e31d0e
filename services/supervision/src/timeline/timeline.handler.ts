import { Controller } from '@nestjs/common';
import { EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
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
import { GetTimelineCommand, GetTimelineUseCase } from './get-timeline.use-case';
import { TimelineInbox } from './timeline-inbox';

/**
 * Each event once (the timeline entry, keyed by the event's id, is its inbox entry): intake's decisions, the centre's relays to anonymous callers (R14.3, R18.1), transfers to partner lines and their
 * answers (R10.1) and co units' contributions on the timeline (the lifecycle steps come through the work-order projection), and the timeline query.
 */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly entries: TimelineInbox,
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
  async onIntakeDecision(@Payload() event: EventEnvelope): Promise<void> {
    const workOrderId = event.workOrderId;
    if (!workOrderId) return;
    await this.entries.appendOnce(event, workOrderId);
  }

  /** R15.5/R14.1: a co-handling unit's part of the handling is a step of the record, though not of the lifecycle. */
  @EventPattern(CoUnitContributed.subject)
  async onCoUnitContribution(@Payload() event: EventEnvelope<CoUnitContributedPayload>): Promise<void> {
    await this.entries.appendOnce(event, event.payload.workOrderId);
  }

  @MessagePattern(SupervisionRpc.timeline.subject)
  timeline(@Payload() query: GetTimelineQuery): Promise<WorkOrderTimeline> {
    return this.getTimeline.execute(new GetTimelineCommand(query.workOrderId, query.viewer));
  }
}
