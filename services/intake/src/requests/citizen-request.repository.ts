import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows, quotedTable, WorkOrderState } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { CitizenRequest } from './citizen-request.entity';
import { IntakeWorkOrder } from './intake-work-order.entity';

/** A request of a caller, as the misuse count reads it (R27.1). */
export interface CallerRequestTime {
  id: string;
  callerPhoneHash: string;
  receivedAt: Date;
}

/** A recent request of the same caller or district: whether the likely-repeat check compares it (R13.2). */
export interface RepeatPlaceRow {
  id: string;
  callerPhoneHash: string | null;
  district: string | null;
  street: string | null;
  address: string | null;
}

/** A recent request with its work order, as the likely-repeat check compares it (R13.2). */
export interface RepeatCandidateRow {
  id: string;
  callerPhoneHash: string | null;
  location: Record<string, unknown> | null;
  content: string;
  receivedAt: Date;
  workOrderId: string;
  number: string;
  status: string;
}

/** A request's caller identity as stored: cipher text only (R14.3). */
export type SealedCaller = Pick<CitizenRequest, 'id' | 'callerNameEnc' | 'callerPhoneEnc' | 'callerIdNumberEnc'>;

/** A request and the status of its work order, for Open311 and other channels (no caller data). */
export interface RequestStatusRow {
  id: string;
  channel: string;
  type: string;
  field: string | null;
  category: string | null;
  content: string;
  location: CitizenRequest['location'];
  anonymous: boolean;
  receivedAt: Date;
  workOrderId: string;
  number: string;
  status: string;
  rejectionReasonCode: number | null;
  rejectionBasis: string | null;
  articleId: string | null;
  updatedAt: Date;
}

export interface RequestStatusFilters {
  numbers?: string[];
  types?: string[];
  channel?: string;
  receivedFrom?: Date;
  receivedTo?: Date;
  /** only work orders in one of these statuses */
  statusIn?: readonly string[];
  /** only work orders in none of these statuses */
  statusNotIn?: readonly string[];
  limit: number;
}

/** The columns read back per caller value: a stored value and its column, one spelling each. */
const SEALED_COLUMNS = ['caller_name_enc', 'caller_phone_enc', 'caller_id_number_enc'] as const;

interface SealedCallerRecord {
  id: string;
  caller_name_enc: string | null;
  caller_phone_enc: string | null;
  caller_id_number_enc: string | null;
}

/**
 * Intake's requests (`requests`, with their work orders and intake's copies of them where a read needs them). Caller
 * identity is stored and read back as cipher text; the phone is found by its keyed hash.
 */
@Injectable()
export class CitizenRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, rows: CitizenRequest[]): Promise<void> {
    await insertRows(manager, CitizenRequest, rows);
  }

  findById(id: string): Promise<CitizenRequest | null> {
    return this.dataSource.manager.findOne(CitizenRequest, { where: { id } });
  }

  /** R27.1 the requests of these callers received in (after, upTo]; in the caller's transaction when a manager is given. */
  async ofCallersBetween(
    phoneHashes: string[],
    after: Date,
    upTo: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CallerRequestTime[]> {
    if (phoneHashes.length === 0) return [];
    return manager.query(
      `SELECT id, caller_phone_hash AS "callerPhoneHash", received_at AS "receivedAt" FROM ${this.requests(manager)}
       WHERE caller_phone_hash = ANY($1) AND received_at > $2 AND received_at <= $3`,
      [phoneHashes, after, upTo],
    );
  }

  /**
   * R13.2 the newest requests, other than this one, of the same caller or district: who made them and where, the
   * repeat check's light first read (no text, no dates to parse, no join), each an index range read newest first.
   */
  async repeatPlaces(
    of: { id: string; callerPhoneHash: string | null; district: string | null },
    limit: number,
  ): Promise<RepeatPlaceRow[]> {
    const manager = this.dataSource.manager;
    const columns = `id, caller_phone_hash, location->>'district' AS district, location->>'street' AS street,
                     location->>'address' AS address, received_at`;
    const requests = this.requests(manager);
    return manager.query(
      `SELECT id, caller_phone_hash AS "callerPhoneHash", district, street, address FROM (
         (SELECT ${columns} FROM ${requests} WHERE caller_phone_hash = $2 AND id <> $1 ORDER BY received_at DESC LIMIT ${Number(limit)})
         UNION
         (SELECT ${columns} FROM ${requests} WHERE location->>'district' = $3 AND id <> $1 ORDER BY received_at DESC LIMIT ${Number(limit)})
       ) candidates
       ORDER BY received_at DESC LIMIT ${Number(limit)}`,
      [of.id, of.callerPhoneHash, of.district],
    );
  }

  /** R13.2 these requests with their work orders, newest first: the ones the repeat check compares texts with. */
  async repeatCandidates(ids: string[]): Promise<RepeatCandidateRow[]> {
    if (ids.length === 0) return [];
    const manager = this.dataSource.manager;
    return manager.query(
      `SELECT r.id, r.caller_phone_hash AS "callerPhoneHash", r.location, r.content, r.received_at AS "receivedAt",
              w.id AS "workOrderId", w.number, s.status
       FROM ${this.requests(manager)} r JOIN ${this.workOrders(manager)} w ON w.request_id = r.id
         JOIN ${this.copies(manager)} s ON s.id = w.id
       WHERE r.id = ANY($1::uuid[])
       ORDER BY r.received_at DESC`,
      [ids],
    );
  }

  /**
   * R14.3 key rotation: up to `limit` requests with a caller value not sealed under `activePrefix`, locked for the
   * caller's transaction and skipped when another run holds them.
   */
  async lockSealedElsewhere(manager: EntityManager, activePrefix: string, limit: number): Promise<SealedCaller[]> {
    const rows: SealedCallerRecord[] = await manager.query(
      `SELECT id, ${SEALED_COLUMNS.join(', ')} FROM ${this.requests(manager)}
       WHERE ${sealedElsewhere()} ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [activePrefix, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      callerNameEnc: row.caller_name_enc,
      callerPhoneEnc: row.caller_phone_enc,
      callerIdNumberEnc: row.caller_id_number_enc,
    }));
  }

  async countSealedElsewhere(activePrefix: string): Promise<number> {
    const manager = this.dataSource.manager;
    const [{ n }]: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM ${this.requests(manager)} WHERE ${sealedElsewhere()}`,
      [activePrefix],
    );
    return n;
  }

  async updateSealedCaller(manager: EntityManager, { id, ...sealed }: SealedCaller): Promise<void> {
    await manager.update(CitizenRequest, id, sealed);
  }

  async statusByRequestId(requestId: string): Promise<RequestStatusRow | undefined> {
    const [row] = await this.statuses('r.id = $1', [requestId], 1);
    return row;
  }

  async statusByNumber(number: string): Promise<RequestStatusRow | undefined> {
    const [row] = await this.statuses('w.number = $1', [number], 1);
    return row;
  }

  /** Newest first. */
  listStatuses(filters: RequestStatusFilters): Promise<RequestStatusRow[]> {
    const where: string[] = [];
    const parameters: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(clause(`$${parameters.length}`));
    };
    if (filters.numbers?.length) add((p) => `w.number = ANY(${p})`, filters.numbers);
    if (filters.types?.length) add((p) => `r.type = ANY(${p})`, filters.types);
    if (filters.channel) add((p) => `r.channel = ${p}`, filters.channel);
    if (filters.receivedFrom) add((p) => `r.received_at >= ${p}`, filters.receivedFrom);
    if (filters.receivedTo) add((p) => `r.received_at <= ${p}`, filters.receivedTo);
    if (filters.statusIn) add((p) => `s.status = ANY(${p})`, filters.statusIn);
    if (filters.statusNotIn) add((p) => `s.status <> ALL(${p})`, filters.statusNotIn);
    return this.statuses(where.join(' AND ') || 'true', parameters, filters.limit);
  }

  private async statuses(where: string, parameters: unknown[], limit: number): Promise<RequestStatusRow[]> {
    const manager = this.dataSource.manager;
    return manager.query(
      `SELECT r.id, r.channel, r.type, r.field, r.category, r.content, r.location, r.anonymous,
              r.received_at AS "receivedAt", w.id AS "workOrderId", w.number, s.status,
              w.rejection_reason_code AS "rejectionReasonCode", w.rejection_basis AS "rejectionBasis",
              w.article_id AS "articleId", s.updated_at AS "updatedAt"
       FROM ${this.requests(manager)} r JOIN ${this.workOrders(manager)} w ON w.request_id = r.id
         JOIN ${this.copies(manager)} s ON s.id = w.id
       WHERE ${where} ORDER BY r.received_at DESC, w.number DESC LIMIT ${Number(limit)}`,
      parameters,
    );
  }

  private requests(manager: EntityManager): string {
    return quotedTable(manager, CitizenRequest);
  }

  private workOrders(manager: EntityManager): string {
    return quotedTable(manager, IntakeWorkOrder);
  }

  /** Intake's copies of its work orders: the one source of their status and of when it last changed. */
  private copies(manager: EntityManager): string {
    return quotedTable(manager, WorkOrderState);
  }
}

/** A caller value sealed under another key than the one whose prefix is `$1`. */
function sealedElsewhere(): string {
  return SEALED_COLUMNS.map((column) => `(${column} IS NOT NULL AND left(${column}, length($1)) <> $1)`).join(' OR ');
}
