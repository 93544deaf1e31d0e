import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEnvelope, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { runningDeadline, WorkOrder, workOrderFromJson } from '@hotline/domain';
import { segmentedDocument, segmentForSearch } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { OnDutyReader } from '../rosters/on-duty.reader';
import { WorkOrderDeadlines } from '../deadline-watch/work-order-deadlines';
import { AutomaticCases } from '../supervision-cases/automatic-cases';
import { StepEvidence } from '../accountability/step-evidence';
import { TimelineInbox } from '../timeline/timeline-inbox';
import { ViewVersions } from './view-versions';
import { WorkOrderListing } from './work-order-listing.entity';
import { ListingState, WorkOrderListingRepository } from './work-order-listing.repository';

/**
 * Supervision's view of every work order, from intake's and the lifecycle's events, each once (its timeline entry,
 * keyed by the event's id, is the guard): the timeline; the copy of the work order on its listing row, with what it
 * is listed by (only a newer snapshot replaces it); who was on duty when it came in (R11.1); the deadline the watch
 * keeps an eye on; the case a callback unsatisfied again after re-handling opens (R23.1 trigger 3); the Art. 26
 * evidence its steps carry. The report model (R24.1) is folded from the timeline afterwards (ReportModel).
 */
@Injectable()
export class ProjectWorkOrder implements OnModuleInit {
  constructor(
    private readonly timeline: TimelineInbox,
    private readonly versions: ViewVersions,
    private readonly listings: WorkOrderListingRepository,
    private readonly onDuty: OnDutyReader,
    private readonly deadlines: WorkOrderDeadlines,
    private readonly automaticCases: AutomaticCases,
    private readonly evidence: StepEvidence,
  ) {}

  /** Loads jieba's dictionary (a few hundred ms) at start rather than in the first event's transaction. */
  onModuleInit(): void {
    segmentForSearch('热线');
  }

  async created(event: EventEnvelope<WorkOrderCreatedPayload>): Promise<void> {
    const { payload } = event;
    await this.timeline.appendOnce(event, payload.workOrderId, async (manager) => {
      const request = payload.request ?? null;
      const receivedAt = new Date(payload.receivedAt);
      const order = workOrderFromJson(payload.state);
      const listing: WorkOrderListing & ListingState = {
        ...this.listingStateOf(order, payload.state),
        id: payload.workOrderId,
        number: payload.number,
        type: payload.type,
        district: request?.location.district ?? payload.district ?? null,
        category: request?.category ?? payload.category ?? null,
        receivedAt,
        request,
        searchTerms: request ? segmentedDocument(request.content) : null,
        // R11.1 the call records who was on duty at the hotline on the day it was received
        onDuty: await this.onDuty.atDayOf(manager, receivedAt),
      };
      // A step that arrived first (one consumer per subject) already set a newer snapshot: it is kept.
      await this.listings.saveCreated(manager, listing);
    });
    this.versions.seen(payload.workOrderId, workOrderFromJson(payload.state).version);
  }

  async step(event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    const { payload } = event;
    await this.timeline.appendOnce(event, payload.workOrderId, async (manager) => {
      await this.evidence.record(manager, event);
      await this.list(manager, payload.state);
      await this.automaticCases.afterStep(manager, payload);
    });
    this.versions.seen(payload.workOrderId, payload.version);
  }

  /** A newer snapshot on the listing, with the deadline it runs against for the watch. */
  private async list(manager: EntityManager, snapshot: Record<string, unknown>): Promise<void> {
    // A step may arrive before `created` (one consumer per subject): the listing row is made from the snapshot then.
    await this.listings.saveState(manager, this.listingStateOf(workOrderFromJson(snapshot), snapshot));
  }

  /** What the list filters and orders a work order by, and the deadline the watch keeps, as of this snapshot. */
  private listingStateOf(order: WorkOrder, snapshot: Record<string, unknown>): ListingState {
    return {
      id: order.id,
      version: order.version,
      state: snapshot,
      type: order.type,
      receivedAt: order.receivedAt,
      currentDue: runningDeadline(order)?.due ?? null,
      status: order.status,
      leadUnitId: order.assignment?.leadUnitId ?? null,
      coUnitIds: [...(order.assignment?.coUnitIds ?? [])],
      ...this.deadlines.listedOf(order),
    };
  }
}
