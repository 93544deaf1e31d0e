import { EventEnvelope } from '@hotline/contracts';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TimelineEntry } from './timeline-entry.entity';

/** Appends one step to a work order's timeline (R14.1); the snapshot of the whole work order is left out. */
export async function appendToTimeline(manager: EntityManager, event: EventEnvelope, workOrderId: string): Promise<void> {
  const { state: _state, ...summary } = event.payload as Record<string, unknown>;
  const entry: TimelineEntry = {
    eventId: event.id,
    workOrderId,
    type: event.type,
    occurredAt: new Date(event.occurredAt),
    actor: { ...event.actor },
    summary,
  };
  // jsonb holds any JSON; TypeORM's partial type cannot express `unknown` values.
  await manager.insert(TimelineEntry, entry as QueryDeepPartialEntity<TimelineEntry>);
}
