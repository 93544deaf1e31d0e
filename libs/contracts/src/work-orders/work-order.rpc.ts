import { defineRpc } from '../rpc/rpc-definition';
import { RecordRequestMessage, RecordRequestResult } from './record-request.command';

export interface TimelineEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  actor: { kind: string; id: string; role?: string; unitId?: string };
  summary: Record<string, unknown>;
}

export interface GetTimelineQuery {
  workOrderId: string;
}

export const IntakeRpc = {
  recordRequest: defineRpc<RecordRequestMessage, RecordRequestResult>('intake', 'requests.record'),
};

export const SupervisionRpc = {
  timeline: defineRpc<GetTimelineQuery, { workOrderId: string; items: TimelineEntry[] }>('supervision', 'timeline.get'),
};
