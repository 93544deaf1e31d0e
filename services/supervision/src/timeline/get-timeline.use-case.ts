import { Injectable } from '@nestjs/common';
import { Actor, WorkOrderTimeline } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { BranchOrdersRepository } from '../branch-orders/branch-orders.repository';
import { assertMayRead } from '../work-orders/work-order-access';
import { WorkOrderListingRepository } from '../work-orders/work-order-listing.repository';
import { TimelineRepository } from './timeline.repository';

export class GetTimelineCommand {
  constructor(
    readonly workOrderId: string,
    readonly viewer: Actor | undefined,
  ) {}
}

/** GET /api/v1/work-orders/{id}/timeline (R14.1): every step in order, with the matter; a unit only its own. */
@Injectable()
export class GetTimelineUseCase {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly workOrders: WorkOrderListingRepository,
    private readonly branchOrders: BranchOrdersRepository,
  ) {}

  async execute({ workOrderId, viewer }: GetTimelineCommand): Promise<WorkOrderTimeline> {
    const copy = (await this.workOrders.findCopy(workOrderId)) ?? (await this.branchOrderUnits(workOrderId));
    if (copy) assertMayRead(viewer, workOrderId, copy);
    const rows = await this.timeline.stepsOf(workOrderId);
    if (rows.length === 0) throw new NotFoundError(`no work order ${workOrderId}`);
    // Intake's decisions alone (a rejection, an online closing) have no copy: no unit handles them.
    if (!copy && viewer?.role === 'unit') throw new NotFoundError(`no work order ${workOrderId}`);
    const request = await this.workOrders.findRequest(workOrderId);
    return {
      workOrderId,
      ...(request ? { request } : {}),
      items: rows.map((row) => ({
        eventId: row.eventId,
        type: row.type,
        occurredAt: row.occurredAt.toISOString(),
        actor: row.actor,
        summary: row.summary,
      })),
    };
  }

  /** R10.2 a branch order's timeline (its syncs) is read by the unit answering for it. */
  private async branchOrderUnits(id: string): Promise<{ leadUnitId: string | null; coUnitIds: string[] } | null> {
    const order = await this.branchOrders.find(id);
    return order ? { leadUnitId: order.unitId, coUnitIds: [] } : null;
  }
}
