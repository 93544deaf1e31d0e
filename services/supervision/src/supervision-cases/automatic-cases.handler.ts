import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EventEnvelope,
  HotSpotDetected,
  HotSpotDetectedPayload,
  HotSpotGrew,
  HotSpotGrewPayload,
  WorkOrderDeadlinePayload,
  WorkOrderOverdue,
} from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { Inbox } from '@hotline/persistence';
import { AutomaticCases } from './automatic-cases';

/**
 * The events that open or change cases by themselves (R23.1): a passed deadline (the watch's `workorder.overdue`) and
 * hot spots (trigger 2). Each once per event (inbox); trigger 3 comes with the callback's step (ProjectWorkOrder).
 */
@Controller()
export class AutomaticCasesHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly automatic: AutomaticCases,
  ) {}

  @EventPattern(WorkOrderOverdue.subject)
  async onOverdue(
    @Payload() event: EventEnvelope<WorkOrderDeadlinePayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      this.automatic.overdue(manager, event.payload, new Date(event.occurredAt)),
    );
  }

  @EventPattern(HotSpotDetected.subject)
  async onHotSpotDetected(
    @Payload() event: EventEnvelope<HotSpotDetectedPayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      this.automatic.hotSpotDetected(manager, event.payload, new Date(event.occurredAt)),
    );
  }

  @EventPattern(HotSpotGrew.subject)
  async onHotSpotGrew(
    @Payload() event: EventEnvelope<HotSpotGrewPayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    await this.inbox.handleOnce(ctx.getConsumer(), event.id, (manager) =>
      this.automatic.hotSpotGrew(manager, event.payload, new Date(event.occurredAt)),
    );
  }
}
