import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEnvelope } from '@hotline/contracts';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { TimelineEntry } from './timeline-entry.entity';

/** A work order's append-only timeline (R14.1): one row per step, never updated (the table refuses it). */
@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one step, in the transaction of the event's inbox entry (a branch order's sync). */
  async append(manager: EntityManager, event: EventEnvelope, workOrderId: string): Promise<void> {
    await insertRows(manager, TimelineEntry, [timelineEntryOf(event, workOrderId)]);
  }

  /**
   * A supervision case's step on the timeline of each work order it is shown on (R14.1, R23): the first entry keeps
   * the event's id, the others an id derived from it and the work order, so that writing it again changes nothing.
   */
  async appendCaseStep(
    manager: EntityManager,
    event: EventEnvelope,
    workOrderIds: readonly string[],
    summary: Record<string, unknown>,
  ): Promise<void> {
    const entries: TimelineEntry[] = workOrderIds.map((workOrderId, index) => ({
      eventId: index === 0 ? event.id : uuidv5(workOrderId, event.id),
      workOrderId,
      type: event.type,
      occurredAt: new Date(event.occurredAt),
      actor: { ...event.actor },
      summary,
    }));
    await insertRows(manager, TimelineEntry, entries, 'ON CONFLICT DO NOTHING');
  }

  /** Every step of the work order, in the order it happened. */
  stepsOf(workOrderId: string): Promise<TimelineEntry[]> {
    return this.dataSource
      .getRepository(TimelineEntry)
      .find({ where: { workOrderId }, order: { occurredAt: 'ASC', eventId: 'ASC' } });
  }
}

/**
 * The timeline entry of an event: the snapshot of the whole work order is left out, and so is the matter of
 * `workorder.created`, which the listing keeps once and the timeline answers beside its steps.
 */
export function timelineEntryOf(event: EventEnvelope, workOrderId: string): TimelineEntry {
  const { state: _state, request: _request, ...summary } = event.payload as Record<string, unknown>;
  return {
    eventId: event.id,
    workOrderId,
    type: event.type,
    occurredAt: new Date(event.occurredAt),
    actor: { ...event.actor },
    summary,
  };
}
