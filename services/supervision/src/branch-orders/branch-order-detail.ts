import { Actor, domainActorOf, WorkOrderDetail } from '@hotline/contracts';
import { supervisesWorkOrder, toBeijingIso, WORK_ORDER_STATUS_NAMES } from '@hotline/domain';
import { BranchOrderRecord } from './branch-order.entity';

/**
 * R10.2 a branch centre's order in the shape of our work-order view: its status read as ours, the unit answering for
 * it as lead, and what the branch reported beside (no step is taken on it here; its caller stays with the branch).
 */
export function toBranchOrderDetail(order: BranchOrderRecord, viewer: Actor | undefined): WorkOrderDetail {
  const assignment = order.unitId ? { leadUnitId: order.unitId, coUnitIds: [] } : null;
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    statusName: WORK_ORDER_STATUS_NAMES[order.status],
    version: order.version,
    type: order.requestType,
    channel: 'branch',
    ...(order.unitId ? { leadUnitId: order.unitId } : {}),
    coUnitIds: [],
    deadlines: {},
    extensionsGranted: 0,
    supervisionTriggers: [],
    excludedFromAssessment: false,
    receivedAt: order.acceptedAt.toISOString(),
    ...(order.closedAt ? { completedAt: order.closedAt.toISOString() } : {}),
    ...(order.district ? { district: order.district } : {}),
    ...(order.category ? { category: order.category } : {}),
    nextSteps: [],
    ...(viewer && assignment && supervisesWorkOrder(domainActorOf(viewer), { assignment }) ? { readOnly: true } : {}),
    origin: 'branch',
    branch: {
      code: order.branch,
      externalId: order.externalId,
      number: order.number,
      status: order.branchStatus,
      ...(order.handlingUnit ? { handlingUnit: order.handlingUnit } : {}),
      matter: order.matter,
      acceptedAt: order.acceptedAt.toISOString(),
      ...(order.dueAt ? { dueAt: toBeijingIso(order.dueAt) } : {}),
      ...(order.closedAt ? { closedAt: order.closedAt.toISOString() } : {}),
      updatedAt: order.updatedAt.toISOString(),
    },
  };
}
