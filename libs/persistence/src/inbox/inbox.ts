import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InboxEntry } from './inbox-entry.entity';

export type InboxOutcome<T> = { applied: true; result: T } | { applied: false };

/**
 * Runs a consumer's effect at most once per event: the processed event id is stored in the same
 * transaction as the effect, so a redelivered or replayed event changes nothing.
 */
@Injectable()
export class Inbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handleOnce<T>(consumer: string, eventId: string, effect: (manager: EntityManager) => Promise<T>): Promise<InboxOutcome<T>> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxEntry)
        .values({ consumer, eventId })
        .orIgnore()
        .returning(['eventId'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return { applied: false };
      return { applied: true, result: await effect(manager) };
    });
  }
}
