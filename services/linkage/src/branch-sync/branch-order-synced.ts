import { BranchOrderSyncedPayload } from '@hotline/contracts';
import { BranchOrder } from './branch-order.entity';

/** The whole order as `linkage.branch-order-synced` carries it (R10.2), with the unit assessed for the branch. */
export function branchOrderSyncedPayload(order: BranchOrder, unitId: string | null): BranchOrderSyncedPayload {
  return {
    id: order.id,
    branch: order.branchCode,
    externalId: order.externalId,
    version: order.version,
    number: order.number,
    ...(unitId ? { unitId } : {}),
    ...(order.handlingUnit ? { handlingUnit: order.handlingUnit } : {}),
    requestType: order.requestType,
    ...(order.category ? { category: order.category } : {}),
    ...(order.district ? { district: order.district } : {}),
    matter: order.matter,
    status: order.status,
    acceptedAt: order.acceptedAt.toISOString(),
    ...(order.dueAt ? { dueAt: order.dueAt.toISOString() } : {}),
    ...(order.closedAt ? { closedAt: order.closedAt.toISOString() } : {}),
    updatedAt: order.updatedAt.toISOString(),
  };
}
