import { Controller, NotFoundException } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, GetTimelineQuery, SupervisionRpc, WorkOrderClosedOnline, WorkOrderRejected, WorkOrderTimeline } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox, WorkOrderState } from '@hotline/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../work-orders/work-order-access';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { TimelineEntry } from './timeline-entry.entity';
import { appendToTimeline } from './timeline-writer';

/** Intake's decisions on the timeline (the lifecycle steps come through the work-order projection), and the timeline query. */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly inbox: Inbox,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @EventPattern([WorkOrderRejected.subject, WorkOrderClosedOnline.subject])
  async onIntakeDecision(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    const workOrderId = event.workOrderId;
    if (!workOrderId) return;
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
