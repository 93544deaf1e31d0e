import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, toWorkOrderView, WorkOrderDetail } from '@hotline/contracts';
import { workOrderFromJson } from '@hotline/domain';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { assertMayRead } from './work-order-access';
import { WorkOrderListing } from './work-order-listing.entity';

/** GET /api/v1/work-orders/{id} (R14.1): current state, units, every deadline; a unit only its own. */
@Injectable()
export class GetWorkOrderUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(workOrderId: string, viewer: Actor): Promise<WorkOrderDetail> {
    const row = await this.dataSource.getRepository(WorkOrderState).findOne({ where: { id: workOrderId } });
    if (!row) throw new NotFoundException(`no work order ${workOrderId}`);
    assertMayRead(viewer, workOrderId, row);
    const listing = await this.dataSource.getRepository(WorkOrderListing).findOne({ where: { id: workOrderId } });
    const view = toWorkOrderView(workOrderFromJson(row.state), { number: listing?.number ?? undefined, viewer });
    return {
      ...view,
      ...(listing?.district ? { district: listing.district } : {}),
      ...(listing?.category ? { category: listing.category } : {}),
      ...(listing?.request ? { request: listing.request } : {}),
    };
  }
}
