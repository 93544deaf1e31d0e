/**
 * One step as GET /api/v1/events/stream tells it to the console (server-sent events): enough to refresh a list or a
 * page, never the matter or the caller.
 */
export interface WorkOrderStreamEvent {
  eventId: string;
  type: string;
  workOrderId: string;
  version?: number;
  step?: string;
  from?: string | null;
  to?: string;
  at: string;
  leadUnitId?: string;
  coUnitIds: string[];
}
