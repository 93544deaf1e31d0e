import { Injectable } from '@nestjs/common';
import { WatchedDeadlineKind } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { claimDueSoonSql, claimOverdueSql, keepDeadlineSql } from './sweep-sql';
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
export interface ClaimedDeadline {
  subjectId: string;
  subject: 'work-order' | 'case';
  workOrderId: string;
  caseId: string | null;
  kind: WatchedDeadlineKind;
  startsAt: Date;
  due: Date;
}

/** The deadline watch's table (`watched_deadlines`): one row per work order or case, announced once per deadline. */
@Injectable()
export class WatchedDeadlinesRepository {
  async keep(manager: EntityManager, deadline: DeadlineToWatch): Promise<void> {
    const { subjectId, subject, workOrderId, caseId, kind, startsAt, due, soonAt } = deadline;
    await manager.query(keepDeadlineSql(tableOf(manager)), [
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

  async claimOverdue(manager: EntityManager, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    return this.claim(manager, claimOverdueSql(tableOf(manager)), now, limit);
  }

  async claimDueSoon(manager: EntityManager, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    return this.claim(manager, claimDueSoonSql(tableOf(manager)), now, limit);
  }

  find(manager: EntityManager, subjectId: string): Promise<WatchedDeadline | null> {
    return manager.findOne(WatchedDeadline, { where: { subjectId } });
  }

  private async claim(manager: EntityManager, sql: string, now: Date, limit: number): Promise<ClaimedDeadline[]> {
    // node-postgres answers an UPDATE … RETURNING as [rows, count].
    const [rows] = (await manager.query(sql, [now, limit])) as [ClaimedDeadline[], number];
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt), due: new Date(row.due) }));
  }
}

function tableOf(manager: EntityManager): string {
  const schema = manager.connection.driver.schema ?? 'public';
  return `"${schema}"."${manager.connection.getMetadata(WatchedDeadline).tableName}"`;
}
