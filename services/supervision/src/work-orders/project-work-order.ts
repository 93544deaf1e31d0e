import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEnvelope, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { runningDeadline, workOrderFromJson } from '@hotline/domain';
import { Inbox, segmentedDocument, segmentForSearch, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { TimelineRepository } from '../timeline/timeline.repository';
import { ViewVersions } from './view-versions';
import { WorkOrderListing } from './work-order-listing.entity';
import { WorkOrderListingRepository } from './work-order-listing.repository';

/** Supervision's view of every work order: its timeline, its latest state and what it is listed by. Once per event. */
@Injectable()
export class ProjectWorkOrder implements OnModuleInit {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
    private readonly versions: ViewVersions,
    private readonly timeline: TimelineRepository,
    private readonly listings: WorkOrderListingRepository,
  ) {}

  /** Loads jieba's dictionary (a few hundred ms) at start rather than in the first event's transaction. */
  onModuleInit(): void {
    segmentForSearch('热线');
  }

  async created(event: EventEnvelope<WorkOrderCreatedPayload>, consumer: string): Promise<void> {
    const { payload } = event;
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await this.timeline.append(manager, event, payload.workOrderId);
      const newer = await this.states.follow(manager, payload.state, new Date(event.occurredAt));
      const request = payload.request ?? null;
      const listing: WorkOrderListing = {
        id: payload.workOrderId,
        number: payload.number,
        type: payload.type,
        district: request?.location.district ?? payload.district ?? null,
        category: request?.category ?? payload.category ?? null,
        receivedAt: new Date(payload.receivedAt),
        currentDue: runningDeadline(workOrderFromJson(payload.state))?.due ?? null,
        request,
        searchTerms: request ? segmentedDocument(request.content) : null,
      };
      // A step that arrived first (one consumer per subject) already set the newer deadline: it is kept.
      await this.listings.saveCreated(manager, listing, newer);
    });
    this.versions.seen(payload.workOrderId, workOrderFromJson(payload.state).version);
  }

  async step(event: EventEnvelope<WorkOrderStepPayload>, consumer: string): Promise<void> {
    const { payload } = event;
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await this.timeline.append(manager, event, payload.workOrderId);
      await this.followState(manager, payload.state, event);
    });
    this.versions.seen(payload.workOrderId, payload.version);
  }

  private async followState(manager: EntityManager, snapshot: Record<string, unknown>, event: EventEnvelope): Promise<void> {
    const newer = await this.states.follow(manager, snapshot, new Date(event.occurredAt));
    if (!newer) return;
    const order = workOrderFromJson(snapshot);
    // A step may arrive before `created` (one consumer per subject): the listing row is made from the snapshot then.
    await this.listings.saveDue(manager, { id: order.id, type: order.type, receivedAt: order.receivedAt, currentDue: runningDeadline(order)?.due ?? null });
  }
}
