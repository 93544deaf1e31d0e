import { Controller, NotFoundException } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import {
  CoUnitContributed,
  CoUnitContributedPayload,
  ContactRequestClosed,
  ContactRequested,
  EventEnvelope,
  GetTimelineQuery,
  SupervisionRpc,
  WorkOrderClosedOnline,
  WorkOrderRejected,
  WorkOrderTimeline,
} from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, WorkOrderState } from '@hotline/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../work-orders/work-order-access';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { TimelineEntry } from './timeline-entry.entity';
import { appendToTimeline } from './timeline-writer';

/**
 * Intake's decisions, the centre's relays to anonymous callers (R14.3, R18.1) and co units' contributions on the
 * timeline (the lifecycle steps come through the work-order projection), and the timeline query.
 */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly inbox: Inbox,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @EventPattern([WorkOrderRejected.subject, WorkOrderClosedOnline.subject, ContactRequested.subject, ContactRequestClosed.subject])
  async onIntakeDecision(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    const workOrderId = event.workOrderId;
    if (!workOrderId) return;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) => appendToTimeline(manager, event, workOrderId));
  }

  /** R15.5/R14.1: a co-handling unit's part of the handling is a step of the record, though not of the lifecycle. */
  @EventPattern(CoUnitContributed.subject)
  async onCoUnitContribution(@Payload() event: EventEnvelope<CoUnitContributedPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    const workOrderId = event.payload.workOrderId;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) => appendToTimeline(manager, event, workOrderId));
  }

  @MessagePattern(SupervisionRpc.timeline.subject)
  async timeline(@Payload() query: GetTimelineQuery): Promise<WorkOrderTimeline> {
    const workOrderId = String(query?.workOrderId);
    const state = await this.dataSource.getRepository(WorkOrderState).findOne({ where: { id: workOrderId } });
    if (state) assertMayRead(query.viewer, workOrderId, state);
    const rows = await this.dataSource.getRepository(TimelineEntry).find({ where: { workOrderId }, order: { occurredAt: 'ASC', eventId: 'ASC' } });
    if (rows.length === 0) throw new NotFoundException(`no work order ${workOrderId}`);
    if (!state && query.viewer?.role === 'unit') throw new NotFoundException(`no work order ${workOrderId}`);
    const listing = await this.dataSource.getRepository(WorkOrderListing).findOne({ where: { id: workOrderId }, select: { id: true, request: true } });
    return {
      workOrderId,
      ...(listing?.request ? { request: listing.request } : {}),
      items: rows.map((row) => ({ eventId: row.eventId, type: row.type, occurredAt: row.occurredAt.toISOString(), actor: row.actor, summary: row.summary })),
    };
  }
}
