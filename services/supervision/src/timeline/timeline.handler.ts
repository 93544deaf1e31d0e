import { Controller, NotFoundException } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, GetTimelineQuery, SupervisionRpc, TimelineEntry as TimelineView, WorkOrderClosedOnline, WorkOrderCreated, WorkOrderRejected } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox } from '@hotline/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TimelineEntry } from './timeline-entry.entity';

/** Builds each work order's timeline from the events, once per event, and answers it. */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly inbox: Inbox,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @EventPattern(WorkOrderCreated.subject)
  onCreated(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.append(event, ctx);
  }

  @EventPattern(WorkOrderRejected.subject)
  onRejected(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.append(event, ctx);
  }

  @EventPattern(WorkOrderClosedOnline.subject)
  onClosedOnline(@Payload() event: EventEnvelope, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.append(event, ctx);
  }

  @MessagePattern(SupervisionRpc.timeline.subject)
  async timeline(@Payload() query: GetTimelineQuery): Promise<{ workOrderId: string; items: TimelineView[] }> {
    const rows = await this.dataSource.getRepository(TimelineEntry).find({
      where: { workOrderId: String(query?.workOrderId) },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
    if (rows.length === 0) throw new NotFoundException(`no work order ${String(query?.workOrderId)}`);
    return {
      workOrderId: query.workOrderId,
      items: rows.map((row) => ({ eventId: row.eventId, type: row.type, occurredAt: row.occurredAt.toISOString(), actor: row.actor, summary: row.summary })),
    };
  }

  private async append(event: EventEnvelope, ctx: JetStreamContext): Promise<void> {
    if (!event.workOrderId) return;
    const workOrderId = event.workOrderId;
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      manager.insert(TimelineEntry, {
        eventId: event.id,
        workOrderId,
        type: event.type,
        occurredAt: new Date(event.occurredAt),
        actor: { ...event.actor },
        summary: { ...event.payload },
      }),
    );
  }
}
