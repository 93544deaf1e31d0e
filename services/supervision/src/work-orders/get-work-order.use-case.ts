import { Injectable } from '@nestjs/common';
import { Actor, toWorkOrderView, WorkOrderDetail } from '@hotline/contracts';
import { NotFoundError, workOrderFromJson } from '@hotline/domain';
import { assertMayRead } from './work-order-access';
import { WorkOrderListingRepository } from './work-order-listing.repository';

export class GetWorkOrderCommand {
  constructor(
    readonly workOrderId: string,
    readonly viewer: Actor,
  ) {}
}

/** GET /api/v1/work-orders/{id} (R14.1): current state, units, every deadline; a unit only its own. */
@Injectable()
export class GetWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderListingRepository) {}

  async execute({ workOrderId, viewer }: GetWorkOrderCommand): Promise<WorkOrderDetail> {
    const copy = await this.workOrders.findCopy(workOrderId);
    if (!copy) throw new NotFoundError(`no work order ${workOrderId}`);
    assertMayRead(viewer, workOrderId, copy);
    const listing = await this.workOrders.findListing(workOrderId);
    const view = toWorkOrderView(workOrderFromJson(copy.state), { number: listing?.number ?? undefined, viewer });
    return {
      ...view,
      ...(listing?.district ? { district: listing.district } : {}),
      ...(listing?.category ? { category: listing.category } : {}),
      ...(listing?.request ? { request: listing.request } : {}),
    };
  }
}
