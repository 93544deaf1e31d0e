import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertOnce, insertRows, quotedTable } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { CallerMisuseFlag } from './caller-misuse-flag.entity';

/** One caller's flags of one kind. */
export interface CallerMisuseGroupRow {
  callerPhoneHash: string;
  kind: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
  /** Newest first. */
  requestIds: string[];
}

export interface CallerMisusePageFilters {
  callerPhoneHash?: string;
  kind?: string;
  since?: Date;
  /** the last group of the previous page */
  before?: { at: Date; hash: string; kind: string };
  take: number;
  requestIdsPerGroup: number;
}

interface GroupRecord {
  caller_phone_hash: string;
  kind: string;
  count: number;
  first_at: Date | string;
  last_at: Date | string;
  request_ids: string[];
}

/** R27.1 the requests flagged as caller misuse (`caller_misuse_flags`), by the keyed hash of the caller's phone. */
@Injectable()
export class CallerMisuseFlagRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, flags: CallerMisuseFlag[]): Promise<void> {
    await insertRows(manager, CallerMisuseFlag, flags);
  }

  /** Inserts the flag unless its request has one of its kind already; whether it did. */
  async insertIfNew(flag: CallerMisuseFlag): Promise<boolean> {
    return insertOnce(this.dataSource.manager, CallerMisuseFlag, flag, '("request_id", "kind")');
  }

  async kindsOfRequest(requestId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(CallerMisuseFlag, { where: { requestId }, select: { kind: true } });
    return rows.map((row) => row.kind);
  }

  /** Each kind a caller is flagged with, newest first. */
  async groupsOfCaller(callerPhoneHash: string): Promise<CallerMisuseGroupRow[]> {
    return this.page({ callerPhoneHash, take: 100, requestIdsPerGroup: 0 });
  }

  /** The groups (caller, kind), the one with the newest flag first. */
  async page(filters: CallerMisusePageFilters): Promise<CallerMisuseGroupRow[]> {
    const where: string[] = [];
    const having: string[] = [];
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    if (filters.callerPhoneHash) where.push(`caller_phone_hash = ${parameter(filters.callerPhoneHash)}`);
    if (filters.kind) where.push(`kind = ${parameter(filters.kind)}`);
    if (filters.since) where.push(`flagged_at >= ${parameter(filters.since)}`);
    if (filters.before) {
      const { at, hash, kind } = filters.before;
      having.push(
        `(max(flagged_at), caller_phone_hash, kind) < (${parameter(at)}, ${parameter(hash)}, ${parameter(kind)})`,
      );
    }
    const ids = Number(filters.requestIdsPerGroup);
    const rows: GroupRecord[] = await this.dataSource.manager.query(
      `SELECT caller_phone_hash, kind, count(*)::int AS count, min(flagged_at) AS first_at, max(flagged_at) AS last_at,
         ${ids > 0 ? `(array_agg(request_id::text ORDER BY flagged_at DESC, request_id DESC))[1:${ids}]` : `'{}'::text[]`} AS request_ids
       FROM ${this.table()}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY caller_phone_hash, kind
       ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
       ORDER BY last_at DESC, caller_phone_hash DESC, kind DESC
       LIMIT ${Number(filters.take)}`,
      parameters,
    );
    return rows.map((row) => ({
      callerPhoneHash: row.caller_phone_hash,
      kind: row.kind,
      count: row.count,
      firstAt: new Date(row.first_at),
      lastAt: new Date(row.last_at),
      requestIds: row.request_ids,
    }));
  }

  private table(): string {
    return quotedTable(this.dataSource, CallerMisuseFlag);
  }
}
