import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { context, Context } from '@opentelemetry/api';
import { EventEnvelope } from '@hotline/contracts';
import { GroupCommit, insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { TimelineEntry } from './timeline-entry.entity';
import { timelineEntryOf } from './timeline.repository';

interface TimelineWork {
  entry: TimelineEntry;
  effect?: (manager: EntityManager) => Promise<unknown>;
  /** The handler's trace: its effect's statements belong to it, whichever batch they are written in. */
  trace: Context;
}

/**
 * Supervision's inbox for the events that each append one timeline entry: the entry's key is the event's id, so the
 * entry inserted (not there yet) is what runs the event's other effects once, in the same transaction; a redelivered
 * event inserts nothing and changes nothing. Events handled at the same time share a transaction (group commit, as
 * @hotline/persistence's Inbox); a batch that fails is applied again one event at a time.
 */
@Injectable()
export class TimelineInbox {
  private readonly writes: GroupCommit<TimelineWork, boolean>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.writes = new GroupCommit(
      (work) => dataSource.transaction(work),
      (manager, batch) => this.applyOnce(manager, batch),
      64,
      'timeline',
    );
  }

  /** Appends the event to the work order's timeline and runs `effect` with it; false: it was there (nothing done). */
  appendOnce(
    event: EventEnvelope,
    workOrderId: string,
    effect?: (manager: EntityManager) => Promise<unknown>,
  ): Promise<boolean> {
    return this.writes.submit({ entry: timelineEntryOf(event, workOrderId), effect, trace: context.active() });
  }

  private async applyOnce(manager: EntityManager, batch: TimelineWork[]): Promise<boolean[]> {
    const inserted = await insertRows(
      manager,
      TimelineEntry,
      batch.map(({ entry }) => entry),
      'ON CONFLICT (event_id) DO NOTHING RETURNING event_id',
    );
    // Postgres answers a uuid in lower case, whatever case it was given in.
    const fresh = new Set(inserted.map((row) => String(row['event_id'])));
    const applied: boolean[] = [];
    for (const work of batch) {
      // The same event twice in one batch (a redelivery) is inserted once, so applied once.
      if (!fresh.delete(work.entry.eventId.toLowerCase())) {
        applied.push(false);
        continue;
      }
      if (work.effect) await context.with(work.trace, () => work.effect?.(manager));
      applied.push(true);
    }
    return applied;
  }
}
