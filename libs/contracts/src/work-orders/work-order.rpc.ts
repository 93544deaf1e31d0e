import { defineRpc } from '../rpc/rpc-definition';
import { RecordRequestMessage, RecordRequestResult } from './record-request.command';
import { WorkOrderRequest } from './work-order-request';
import {
  AwaitViewVersionQuery,
  AwaitViewVersionResult,
  ListWorkOrdersQuery,
  WorkOrderDetail,
  WorkOrderPage,
  GetWorkOrderQuery,
} from './work-order.queries';

export interface TimelineEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  actor: { kind: string; id: string; role?: string; unitId?: string };
  summary: Record<string, unknown>;
}

/** A work order's timeline, as `viewer` may read it: a unit only the work orders it leads or co-handles. */
export class GetTimelineQuery extends GetWorkOrderQuery {}

export interface WorkOrderTimeline {
  workOrderId: string;
  /** the matter, as on the view */
  request?: WorkOrderRequest;
  items: TimelineEntry[];
}

export const IntakeRpc = {
  recordRequest: defineRpc<RecordRequestMessage, RecordRequestResult>('intake', 'requests.record'),
};

export const SupervisionRpc = {
  timeline: defineRpc<GetTimelineQuery, WorkOrderTimeline>('supervision', 'timeline.get'),
  workOrder: defineRpc<GetWorkOrderQuery, WorkOrderDetail>('supervision', 'work-orders.get'),
  workOrders: defineRpc<ListWorkOrdersQuery, WorkOrderPage>('supervision', 'work-orders.list'),
  awaitViewVersion: defineRpc<AwaitViewVersionQuery, AwaitViewVersionResult>(
    'supervision',
    'work-orders.await-version',
  ),
};
