import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf, toWorkOrderView, WorkOrderDetail } from '@hotline/contracts';
import { NotFoundError, supervisesWorkOrder, workOrderFromJson } from '@hotline/domain';
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
 * (R11.1); a unit only its own, and read-only those of the units below it (Art. 8(4)).
 */
@Injectable()
export class GetWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderListingRepository) {}

  async execute({ workOrderId, viewer }: GetWorkOrderCommand): Promise<WorkOrderDetail> {
    const copy = await this.workOrders.findCopy(workOrderId);
    if (!copy) throw new NotFoundError(`no work order ${workOrderId}`);
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
}
