import { Injectable } from '@nestjs/common';
import { WatchedDeadlineKind } from '@hotline/domain';
import { quotedTable } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';
import { claimDueSoonSql, claimOverdueSql, keepDeadlineSql, LISTED_DEADLINES, WATCHED_DEADLINES } from './sweep-sql';
import { WatchedDeadline } from './watched-deadline.entity';

/** A deadline to keep watching: what it belongs to, its period and when it is due soon. */
export interface DeadlineToWatch {
  subjectId: string;
  subject: 'work-order' | 'case';
  workOrderId: string;
  caseId: string | null;
  kind: WatchedDeadlineKind;
  startsAt: Date;
  due: Date;
  soonAt: Date;
}

/** A deadline the sweep claimed and marked announced, in its transaction. */
export type ClaimedDeadline = Omit<DeadlineToWatch, 'soonAt'>;

/**
 * The deadlines the watch sweeps, each announced once per deadline: our work orders' on their listing rows (written
 * with their snapshots, ProjectWorkOrder), supervision cases' and branch orders' (R10.2) in the watch's own table
 * (`watched_deadlines`, one row per case or branch order).
 */
@Injectable()
export class WatchedDeadlinesRepository {
  async keep(manager: EntityManager, deadline: DeadlineToWatch): Promise<void> {
    const { subjectId, subject, workOrderId, caseId, kind, startsAt, due, soonAt } = deadline;
    await manager.query(keepDeadlineSql(quotedTable(manager, WatchedDeadline)), [
      subjectId,
      subject,
      workOrderId,
      caseId,
      kind,
      startsAt,
      due,
      soonAt,
    ]);
  }

  /** No deadline runs on the subject any more (signed, done, case closed or escalated). */
  async stop(manager: EntityManager, subjectId: string): Promise<void> {
    await manager.update(WatchedDeadline, { subjectId, running: true }, { running: false });
  }

  /** At most `limit` overdue deadlines of each table; fewer than `limit` from both: none is left at `now`. */
  claimOverdue(manager: EntityManager, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    return this.claimFromBoth(manager, claimOverdueSql, now, limit);
  }

  /** At most `limit` deadlines due soon of each table, as `claimOverdue`. */
  claimDueSoon(manager: EntityManager, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    return this.claimFromBoth(manager, claimDueSoonSql, now, limit);
  }

  find(manager: EntityManager, subjectId: string): Promise<WatchedDeadline | null> {
    return manager.findOne(WatchedDeadline, { where: { subjectId } });
  }

  /** One claim over the work orders' deadlines on the listing, then over the other watched deadlines. */
  private async claimFromBoth(
    manager: EntityManager,
    claimSql: typeof claimOverdueSql,
    now: Date,
    limit: number,
  ): Promise<ClaimedDeadline[]> {
    const listed = claimSql(quotedTable(manager, WorkOrderListing), LISTED_DEADLINES);
    const watched = claimSql(quotedTable(manager, WatchedDeadline), WATCHED_DEADLINES);
    return [...(await this.claim(manager, listed, now, limit)), ...(await this.claim(manager, watched, now, limit))];
  }

  private async claim(manager: EntityManager, sql: string, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    // node-postgres answers an UPDATE … RETURNING as [rows, count].
    const [rows] = (await manager.query(sql, [now, limit])) as [ClaimedDeadline[], number];
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt), due: new Date(row.due) }));
  }
}
