import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf, toWorkOrderView, WorkOrderDetail } from '@hotline/contracts';
import { NotFoundError, supervisesWorkOrder, workOrderFromJson } from '@hotline/domain';
import { BranchOrdersRepository } from '../branch-orders/branch-orders.repository';
import { toBranchOrderDetail } from '../branch-orders/branch-order-detail';
import { assertMayRead } from './work-order-access';
import { WorkOrderListingRepository } from './work-order-listing.repository';

export class GetWorkOrderCommand {
  constructor(
    readonly workOrderId: string,
    readonly viewer: Actor,
  ) {}
}

/**
 * GET /api/v1/work-orders/{id} (R14.1): current state, units, every deadline, who was on duty the day it came in
 * (R11.1); a unit only its own, and read-only those of the units below it (Art. 8(4)); a branch centre's order
 * (R10.2) for the unit answering for it.
 */
@Injectable()
export class GetWorkOrderUseCase {
  constructor(
    private readonly workOrders: WorkOrderListingRepository,
    private readonly branchOrders: BranchOrdersRepository,
  ) {}

  async execute({ workOrderId, viewer }: GetWorkOrderCommand): Promise<WorkOrderDetail> {
    const copy = await this.workOrders.findCopy(workOrderId);
    if (!copy) return this.branchOrder(workOrderId, viewer);
    assertMayRead(viewer, workOrderId, copy);
    const listing = await this.workOrders.findListing(workOrderId);
    const order = workOrderFromJson(copy.state);
    const view = toWorkOrderView(order, { number: listing?.number ?? undefined, viewer });
    return {
      ...view,
      ...(listing?.district ? { district: listing.district } : {}),
      ...(listing?.category ? { category: listing.category } : {}),
      ...(listing?.request ? { request: listing.request } : {}),
      ...(listing?.onDuty ? { onDuty: listing.onDuty } : {}),
      ...(supervisesWorkOrder(domainActorOf(viewer), order) ? { readOnly: true } : {}),
    };
  }

  /** R10.2 a branch centre's order, for the unit answering for it as its own. */
  private async branchOrder(id: string, viewer: Actor): Promise<WorkOrderDetail> {
    const order = await this.branchOrders.find(id);
    if (!order) throw new NotFoundError(`no work order ${id}`);
    assertMayRead(viewer, id, { leadUnitId: order.unitId, coUnitIds: [] });
    return toBranchOrderDetail(order, viewer);
  }
}
