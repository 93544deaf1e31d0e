import { Injectable } from '@nestjs/common';
import { BranchOrderSyncedPayload, EventEnvelope } from '@hotline/contracts';
import { monthOfInstant, supervisedStatusOfBranchOrder, watchedBranchDeadline } from '@hotline/domain';
import { Inbox, segmentedDocument } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { EntityManager } from 'typeorm';
import { WorkOrderDeadlines } from '../deadline-watch/work-order-deadlines';
import { FrozenMonthsRepository } from '../reports/frozen-months.repository';
import { TimelineRepository } from '../timeline/timeline.repository';
import { WorkOrderListingRepository } from '../work-orders/work-order-listing.repository';
import { BranchOrderRecord } from './branch-order.entity';
import { branchOrderTimesOf, BranchOrdersRepository } from './branch-orders.repository';

// The listing's columns of ours: a branch's longer district or category is shortened there, kept whole in the copy.
const LISTED_TEXT = 64;

/** A sync of a branch order as the consumer received it. */
export class FollowBranchOrderCommand {
  constructor(
    readonly consumer: string,
    readonly event: EventEnvelope<BranchOrderSyncedPayload>,
  ) {}
}

/**
 * R10.2 follows a branch centre's orders (`linkage.branch-order-synced`): each event once (inbox), and only a newer
 * version replaces the copy, so a repeated or reordered sync changes nothing. A newer one is listed beside ours, its
 * due time watched while it is open, and the sync put on its timeline.
 */
@Injectable()
export class FollowBranchOrderUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly branchOrders: BranchOrdersRepository,
    private readonly listings: WorkOrderListingRepository,
    private readonly deadlines: WorkOrderDeadlines,
    private readonly timeline: TimelineRepository,
    private readonly frozen: FrozenMonthsRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ consumer, event }: FollowBranchOrderCommand): Promise<void> {
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      const order = copyOf(event.payload);
      if (!(await this.branchOrders.keepNewer(manager, order))) return;
      await this.list(manager, order);
      await this.deadlines.followBranchOrder(manager, order.id, watchedBranchDeadline(branchOrderTimesOf(order)));
      await this.timeline.append(manager, event, order.id);
      await this.noteInFrozenMonths(manager, event.id, order);
    });
  }

  /**
   * R24.1 a sync that changes a month already frozen (it was accepted, closed or changed then) is a correction noted
   * beside that month's published figures, which stay.
   */
  private async noteInFrozenMonths(manager: EntityManager, eventId: string, order: BranchOrderRecord): Promise<void> {
    const instants = [order.acceptedAt, order.updatedAt, ...(order.closedAt ? [order.closedAt] : [])];
    const frozen = await this.frozen.frozenAmong(manager, [...new Set(instants.map(monthOfInstant))]);
    await this.frozen.addCorrections(
      manager,
      [...frozen].map((month) => ({
        month,
        eventId,
        workOrderId: order.id,
        step: `branch:${order.branchStatus}`,
        unitId: order.unitId,
        at: order.updatedAt,
        arrivedAt: this.clock.now(),
      })),
    );
  }

  private async list(manager: EntityManager, order: BranchOrderRecord): Promise<void> {
    await this.listings.saveBranchOrder(manager, {
      id: order.id,
      number: order.number,
      type: order.requestType,
      district: order.district?.slice(0, LISTED_TEXT) ?? null,
      category: order.category?.slice(0, LISTED_TEXT) ?? null,
      receivedAt: order.acceptedAt,
      currentDue: watchedBranchDeadline(branchOrderTimesOf(order))?.due ?? null,
      request: null,
      searchTerms: segmentedDocument(order.matter),
      status: order.status,
      leadUnitId: order.unitId,
      coUnitIds: [],
      branch: order.branch,
      branchStatus: order.branchStatus,
    });
  }
}

function copyOf(payload: BranchOrderSyncedPayload): BranchOrderRecord {
  const date = (text: string | undefined) => (text ? new Date(text) : null);
  return {
    id: payload.id,
    branch: payload.branch,
    externalId: payload.externalId,
    version: payload.version,
    number: payload.number,
    unitId: payload.unitId ?? null,
    handlingUnit: payload.handlingUnit ?? null,
    requestType: payload.requestType,
    category: payload.category ?? null,
    district: payload.district ?? null,
    matter: payload.matter,
    branchStatus: payload.status,
    status: supervisedStatusOfBranchOrder(payload.status),
    acceptedAt: new Date(payload.acceptedAt),
    dueAt: date(payload.dueAt),
    closedAt: date(payload.closedAt),
    updatedAt: new Date(payload.updatedAt),
  };
}
