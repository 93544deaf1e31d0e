import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { context, Context } from '@opentelemetry/api';
import { DataSource, EntityManager } from 'typeorm';
import { GroupCommit } from '../group-commit/group-commit';
import { insertRows } from '../sql/insert-rows';
import { InboxEntry } from './inbox-entry.entity';

export type InboxOutcome<T> = { applied: true; result: T } | { applied: false };

interface InboxWork {
  consumer: string;
  eventId: string;
  effect: (manager: EntityManager) => Promise<unknown>;
  /** The handler's trace: its effect's statements belong to it, whichever batch they are written in. */
  trace: Context;
}

/**
 * Runs a consumer's effect at most once per event: the processed event id is stored in the same
 * transaction as the effect, so a redelivered or replayed event changes nothing. Events handled at the
 * same time share a transaction (group commit); a batch that fails is applied again one event at a time.
 */
@Injectable()
export class Inbox {
  private readonly writes: GroupCommit<InboxWork, InboxOutcome<unknown>>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.writes = new GroupCommit(
      (work) => dataSource.transaction(work),
      (manager, batch) => this.applyOnce(manager, batch),
      64,
      'inbox',
    );
  }

  async handleOnce<T>(
    consumer: string,
    eventId: string,
    effect: (manager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    return (await this.writes.submit({ consumer, eventId, effect, trace: context.active() })) as InboxOutcome<T>;
  }

  private async applyOnce(manager: EntityManager, batch: InboxWork[]): Promise<Array<InboxOutcome<unknown>>> {
    const inserted = await insertRows(
      manager,
      InboxEntry,
      batch.map(({ consumer, eventId }) => ({ consumer, eventId })),
      'ON CONFLICT DO NOTHING RETURNING consumer, event_id',
    );
    const fresh = new Set(inserted.map((row) => keyOf(String(row['consumer']), String(row['event_id']))));
    const outcomes: Array<InboxOutcome<unknown>> = [];
    for (const work of batch) {
      // The same event twice in one batch (a redelivery) is inserted once, so applied once.
      if (!fresh.delete(keyOf(work.consumer, work.eventId))) {
        outcomes.push({ applied: false });
        continue;
      }
      outcomes.push({ applied: true, result: await context.with(work.trace, () => work.effect(manager)) });
    }
    return outcomes;
  }
}

// Postgres answers a uuid in lower case, whatever case it was given in.
const keyOf = (consumer: string, eventId: string) => `${consumer}\n${eventId.toLowerCase()}`;
