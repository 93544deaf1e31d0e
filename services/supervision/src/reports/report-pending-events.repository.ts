import { Injectable } from '@nestjs/common';
import { insertRows } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { quotedTable } from './quoted-table';
import { ReportPendingEvent } from './report-pending-event.entity';

/** R24.1 the events taken in that the report model has not folded yet, and the lock that folds one batch at a time. */
@Injectable()
export class ReportPendingEventsRepository {
  async add(manager: EntityManager, event: ReportPendingEvent): Promise<void> {
    await insertRows(manager, ReportPendingEvent, [event], 'ON CONFLICT DO NOTHING');
  }

  /**
   * Until the transaction ends, no other fold (another replica's, a rebuild's page) runs: two folds of one order at
   * once would both add their difference from the same stored rows to the rollups.
   */
  async lockFolding(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['report-model-fold']);
  }

  some(manager: EntityManager, limit: number): Promise<ReportPendingEvent[]> {
    return manager.getRepository(ReportPendingEvent).find({ take: limit });
  }

  async remove(manager: EntityManager, eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await manager.query(
      `DELETE FROM ${quotedTable(manager.connection, ReportPendingEvent)} WHERE event_id = ANY($1::uuid[])`,
      [eventIds],
    );
  }
}
