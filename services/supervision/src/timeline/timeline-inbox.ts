import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEnvelope } from '@hotline/contracts';
import { ClaimedOnce } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { TimelineEntry } from './timeline-entry.entity';
import { timelineEntryOf } from './timeline.repository';

/**
 * Supervision's inbox for the events that each append one timeline entry: the entry's key is the event's id, so the
 * entry inserted (not there yet) is what runs the event's other effects once, in the same transaction; a redelivered
 * event inserts nothing and changes nothing (ClaimedOnce, as @hotline/persistence's Inbox).
 */
@Injectable()
export class TimelineInbox {
  private readonly once: ClaimedOnce<TimelineEntry>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.once = new ClaimedOnce(dataSource, {
      writer: 'timeline',
      table: TimelineEntry,
      onConflict: 'ON CONFLICT (event_id) DO NOTHING RETURNING event_id',
      rowOf: (entry) => entry,
      // Postgres answers a uuid in lower case, whatever case it was given in.
      keyOfItem: (entry) => entry.eventId.toLowerCase(),
      keyOfInsertedRow: (row) => String(row['event_id']),
    });
  }

  /** Appends the event to the work order's timeline and runs `effect` with it; false: it was there (nothing done). */
  async appendOnce(
    event: EventEnvelope,
    workOrderId: string,
    effect: (manager: EntityManager) => Promise<unknown> = async () => undefined,
  ): Promise<boolean> {
    return (await this.once.run(timelineEntryOf(event, workOrderId), effect)).applied;
  }
}
