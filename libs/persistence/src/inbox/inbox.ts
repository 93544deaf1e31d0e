import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimedOnce, InboxOutcome } from './claimed-once';
import { InboxEntry } from './inbox-entry.entity';

/**
 * Runs a consumer's effect at most once per event: the processed event id is stored in the same transaction as the
 * effect (ClaimedOnce: group commit, a failed batch applied again one event at a time).
 */
@Injectable()
export class Inbox {
  private readonly once: ClaimedOnce<{ consumer: string; eventId: string }>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.once = new ClaimedOnce(dataSource, {
      writer: 'inbox',
      table: InboxEntry,
      onConflict: 'ON CONFLICT DO NOTHING RETURNING consumer, event_id',
      rowOf: ({ consumer, eventId }) => ({ consumer, eventId }),
      keyOfItem: ({ consumer, eventId }) => keyOf(consumer, eventId),
      keyOfInsertedRow: (row) => keyOf(String(row['consumer']), String(row['event_id'])),
    });
  }

  handleOnce<T>(
    consumer: string,
    eventId: string,
    effect: (manager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    return this.once.run({ consumer, eventId }, effect);
  }
}

// Postgres answers a uuid in lower case, whatever case it was given in.
const keyOf = (consumer: string, eventId: string) => `${consumer}\n${eventId.toLowerCase()}`;
