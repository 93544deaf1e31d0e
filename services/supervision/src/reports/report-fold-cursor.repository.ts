import { Injectable } from '@nestjs/common';
import { quotedTable } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { ReportFoldCursor } from './report-fold-cursor.entity';

/** A work-order event on the timeline that the report model has not folded yet. */
export interface UnfoldedEvent {
  eventId: string;
  workOrderId: string;
  type: string;
  occurredAt: Date;
}

/** What the next fold takes: some unfolded events, where the next batch starts, and where the cursor may stand. */
export interface FoldBatch {
  events: UnfoldedEvent[];
  /** the first transaction after this batch's events */
  resumeAt: bigint;
  /** the cursor once the batch is folded: never past a transaction that may still commit */
  cursor: bigint;
  /** false when the batch stopped at its size and more events wait */
  complete: boolean;
}

/**
 * R24.1 which timeline entries the report model has folded, without a row per event: the cursor is the first
 * transaction not folded yet. A batch takes the work-order entries visible from the cursor (or from where the last
 * batch stopped) in the order of the transactions that wrote them; the cursor then moves no further than the oldest
 * transaction still running, so an entry committed later below it is not skipped. Entries above it may be folded
 * again later: a fold is idempotent.
 */
@Injectable()
export class ReportFoldCursorRepository {
  /**
   * Until the transaction ends, no other fold (another replica's, a rebuild's page) runs: two folds of one order at
   * once would both add their difference from the same stored rows to the rollups.
   */
  async lockFolding(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['report-model-fold']);
  }

  /**
   * `settledOnly`: only entries of transactions below the oldest one still running (the periodic fold, which then
   * never takes an entry twice); otherwise every visible entry (a read, which must count everything taken in).
   */
  async nextBatch(manager: EntityManager, size: number, settledOnly: boolean, resumeAt?: bigint): Promise<FoldBatch> {
    const [bounds] = (await manager.query(
      `SELECT next_xact::text AS cursor, pg_snapshot_xmin(pg_current_snapshot())::text AS horizon
         FROM ${quotedTable(manager.connection, ReportFoldCursor)} WHERE id = 1`,
    )) as { cursor: string; horizon: string }[];
    const cursor = BigInt(bounds?.cursor ?? '0');
    const horizon = BigInt(bounds?.horizon ?? '0');
    const from = resumeAt !== undefined && resumeAt > cursor ? resumeAt : cursor;
    const rows = settledOnly
      ? await this.entries(manager, 'written_by_xact >= $1 AND written_by_xact < $2', [from, horizon], size)
      : await this.entries(manager, 'written_by_xact >= $1', [from], size);
    const batch = (events: UnfoldedEvent[], resume: bigint, complete: boolean): FoldBatch => ({
      events,
      resumeAt: resume,
      cursor: [cursor, resume < horizon ? resume : horizon].reduce((a, b) => (a > b ? a : b)),
      complete,
    });
    if (rows.length < size) {
      const end = rows.length > 0 ? rows[rows.length - 1].xact + 1n : from;
      return batch(rows, settledOnly && horizon > end ? horizon : end, true);
    }
    // the last transaction of a full batch may have more entries: it is taken whole, alone or in the next batch
    const last = rows[rows.length - 1].xact;
    const before = rows.filter((row) => row.xact < last);
    if (before.length > 0) return batch(before, last, false);
    return batch(await this.entries(manager, 'written_by_xact = $1', [last]), last + 1n, false);
  }

  async advance(manager: EntityManager, cursor: bigint): Promise<void> {
    await manager.query(
      `UPDATE ${quotedTable(manager.connection, ReportFoldCursor)} SET next_xact = $1 WHERE id = 1 AND next_xact <> $1`,
      [cursor.toString()],
    );
  }

  private async entries(
    manager: EntityManager,
    range: string,
    parameters: bigint[],
    limit = 2_147_483_647,
  ): Promise<(UnfoldedEvent & { xact: bigint })[]> {
    const rows = (await manager.query(
      `SELECT event_id AS "eventId", work_order_id AS "workOrderId", type, occurred_at AS "occurredAt",
              written_by_xact::text AS xact
         FROM ${quotedTable(manager.connection, TimelineEntry)}
        WHERE ${range} AND type LIKE 'workorder.%' ORDER BY written_by_xact LIMIT ${Math.trunc(limit)}`,
      parameters.map(String),
    )) as (UnfoldedEvent & { xact: string })[];
    return rows.map((row) => ({ ...row, xact: BigInt(row.xact) }));
  }
}
