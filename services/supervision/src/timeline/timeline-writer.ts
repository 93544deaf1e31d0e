import { EventEnvelope } from '@hotline/contracts';
import { insertRows } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { TimelineEntry } from './timeline-entry.entity';

/**
 * Appends one step to a work order's timeline (R14.1); the snapshot of the whole work order is left out, and so is
 * the matter of `workorder.created`, which the listing keeps once and the timeline answers beside its steps.
 */
export async function appendToTimeline(manager: EntityManager, event: EventEnvelope, workOrderId: string): Promise<void> {
  const { state: _state, request: _request, ...summary } = event.payload as Record<string, unknown>;
  const entry: TimelineEntry = {
    eventId: event.id,
    workOrderId,
    type: event.type,
    occurredAt: new Date(event.occurredAt),
    actor: { ...event.actor },
    summary,
  };
  await insertRows(manager, TimelineEntry, [entry]);
}
