import { Injectable } from '@nestjs/common';
import { EventEnvelope, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { runningDeadline, workOrderFromJson } from '@hotline/domain';
import { Inbox, insertRows, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { appendToTimeline } from '../timeline/timeline-writer';
import { WorkOrderListing } from './work-order-listing.entity';

/** Supervision's view of every work order: its timeline, its latest state and what it is listed by. Once per event. */
@Injectable()
export class ProjectWorkOrder {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
  ) {}

  async created(event: EventEnvelope<WorkOrderCreatedPayload>, consumer: string): Promise<void> {
    const { payload } = event;
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await appendToTimeline(manager, event, payload.workOrderId);
      const newer = await this.states.follow(manager, payload.state, new Date(event.occurredAt));
      const listing = {
        id: payload.workOrderId,
        number: payload.number,
        type: payload.type,
        district: payload.district ?? null,
        category: payload.category ?? null,
        receivedAt: new Date(payload.receivedAt),
        currentDue: runningDeadline(workOrderFromJson(payload.state))?.due ?? null,
      };
      // A step that arrived first (one consumer per subject) already set the newer deadline: it is kept.
      const updates = ['number = EXCLUDED.number', 'district = EXCLUDED.district', 'category = EXCLUDED.category', ...(newer ? ['current_due = EXCLUDED.current_due'] : [])];
      await insertRows(manager, WorkOrderListing, [listing], `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
    });
  }

  async step(event: EventEnvelope<WorkOrderStepPayload>, consumer: string): Promise<void> {
    const { payload } = event;
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await appendToTimeline(manager, event, payload.workOrderId);
      await this.followState(manager, payload.state, event);
    });
  }

  private async followState(manager: EntityManager, snapshot: Record<string, unknown>, event: EventEnvelope): Promise<void> {
    const newer = await this.states.follow(manager, snapshot, new Date(event.occurredAt));
    if (!newer) return;
    const order = workOrderFromJson(snapshot);
    const listing = { id: order.id, type: order.type, receivedAt: order.receivedAt, currentDue: runningDeadline(order)?.due ?? null };
    // A step may arrive before `created` (one consumer per subject): the listing row is made from the snapshot then.
    await insertRows(manager, WorkOrderListing, [{ ...listing, number: null, district: null, category: null }], 'ON CONFLICT (id) DO UPDATE SET current_due = EXCLUDED.current_due');
  }
}
