import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Environment, MisuseView, readEnvConfig, RequestAssist } from '@hotline/contracts';
import { assessCallerMisuse, checkJurisdiction, detectEmergency, findLikelyRepeats, MisusePolicy, misuseWindowStart, RepeatCandidate } from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { IntakeAssistConfig } from './intake-assist.config';
import { KnowledgeAnswers } from './knowledge-answers';

/** Candidates for repeats: the newest requests of the same caller or district. */
const CANDIDATE_LIMIT = 300;
const CANDIDATE_COLUMNS = 'id, caller_phone_hash, location, content, received_at';

export function misusePolicyFromEnv(env?: Environment): MisusePolicy {
  const config = readEnvConfig(IntakeAssistConfig, env);
  return { limit: config.HOTLINE_MISUSE_LIMIT, windowMinutes: config.HOTLINE_MISUSE_WINDOW_MINUTES };
}

/**
 * R13.2/R15.1/R27.1 what the operator is told about a request: likely repeats, emergency hint, jurisdiction
 * check, knowledge-base answers and caller misuse. The rules are the domain's; this gathers their inputs.
 */
@Injectable()
export class AssistRequestUseCase {
  private readonly policy = misusePolicyFromEnv();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jurisdictions: JurisdictionTable,
    private readonly knowledge: KnowledgeAnswers,
  ) {}

  async execute(requestId: string): Promise<RequestAssist> {
    const request = await this.dataSource.manager.findOne(CitizenRequest, { where: { id: requestId } });
    if (!request) throw new NotFoundException(`no request ${requestId}`);
    return this.forRequest(request);
  }

  /** `misuse` when the caller's requests were already counted (recording the request does). */
  async forRequest(request: CitizenRequest, misuse?: MisuseView): Promise<RequestAssist> {
    const manager = this.dataSource.manager;
    const location = request.location ?? {};
    const text = (key: string) => (typeof location[key] === 'string' ? (location[key] as string) : null);
    const number = (key: string) => (typeof location[key] === 'number' ? (location[key] as number) : null);
    const [candidates, table, callerMisuse, knowledge] = await Promise.all([
      this.candidates(manager, request),
      this.jurisdictions.entries(),
      misuse ?? this.misuse(manager, request),
      this.knowledge.for(request.content),
    ]);
    const fingerprint = { callerHash: request.callerPhoneHash, district: text('district'), street: text('street'), address: text('address'), content: request.content };
    const repeats = findLikelyRepeats(fingerprint, candidates).map((repeat) => ({ ...repeat, basis: [...repeat.basis], receivedAt: repeat.receivedAt.toISOString() }));
    const emergency = detectEmergency(request.content);
    const jurisdiction = checkJurisdiction(table, { district: text('district'), street: text('street'), address: text('address'), lat: number('lat'), lng: number('lng') }, request.content);
    return {
      requestId: request.id,
      repeats: { likely: repeats.length > 0, items: repeats, ...(repeats.length > 0 ? { suggestedReasonCode: 4 as const } : {}) },
      emergency: {
        likely: emergency.likely,
        hints: emergency.hints.map((hint) => ({ ...hint, matched: [...hint.matched], destination: { category: hint.destination.category, destination: hint.destination.destination } })),
        ...(emergency.suggestedReasonCode ? { suggestedReasonCode: emergency.suggestedReasonCode } : {}),
      },
      jurisdiction: { ...jurisdiction, findings: [...jurisdiction.findings], mentionedElsewhere: [...jurisdiction.mentionedElsewhere] },
      knowledge,
      misuse: callerMisuse,
    };
  }

  /** R27.1 the caller's requests inside the window up to this one (this one included). */
  async misuse(manager: EntityManager, request: MisuseSubject): Promise<MisuseView> {
    const [view] = await this.misuseOfAll(manager, [request]);
    return view as MisuseView;
  }

  /**
   * `misuse` for requests recorded together, in the order they were taken: one query for all callers, and a
   * request counts only those before it, in the database or earlier in the list.
   */
  async misuseOfAll(manager: EntityManager, requests: MisuseSubject[]): Promise<MisuseView[]> {
    const { limit, windowMinutes } = this.policy;
    const hashes = [...new Set(requests.flatMap((request) => (request.callerPhoneHash ? [request.callerPhoneHash] : [])))];
    const rows: Array<{ id: string; caller_phone_hash: string; received_at: Date }> = hashes.length
      ? await manager.query(
          `SELECT id, caller_phone_hash, received_at FROM ${tableOf(manager, CitizenRequest)}
           WHERE caller_phone_hash = ANY($1) AND received_at > $2 AND received_at <= $3`,
          [hashes, misuseWindowStart(earliest(requests), this.policy), latest(requests)],
        )
      : [];
    return requests.map((request, index) => {
      if (!request.callerPhoneHash) return { checked: false, flagged: false, count: 0, limit, windowMinutes };
      const later = new Set(requests.slice(index + 1).map((other) => other.id));
      const earlier = rows
        .filter((row) => row.caller_phone_hash === request.callerPhoneHash && row.id !== request.id && !later.has(row.id))
        .map((row) => new Date(row.received_at));
      // The window (and nothing after this request) is the domain's to apply.
      const assessment = assessCallerMisuse(earlier, request.receivedAt, this.policy);
      return { checked: true, flagged: assessment.flagged, count: assessment.count, limit, windowMinutes };
    });
  }

  private async candidates(manager: EntityManager, request: CitizenRequest): Promise<RepeatCandidate[]> {
    const district = typeof request.location?.['district'] === 'string' ? request.location['district'] : null;
    if (!request.callerPhoneHash && !district) return [];
    const rows: Array<{
      id: string;
      caller_phone_hash: string | null;
      location: Record<string, unknown> | null;
      content: string;
      received_at: Date;
      work_order_id: string;
      number: string;
      status: string;
    }> = await manager.query(
      `WITH candidates AS (
         (SELECT ${CANDIDATE_COLUMNS} FROM ${tableOf(manager, CitizenRequest)} WHERE caller_phone_hash = $2 AND id <> $1 ORDER BY received_at DESC LIMIT ${CANDIDATE_LIMIT})
         UNION
         (SELECT ${CANDIDATE_COLUMNS} FROM ${tableOf(manager, CitizenRequest)} WHERE location->>'district' = $3 AND id <> $1 ORDER BY received_at DESC LIMIT ${CANDIDATE_LIMIT})
       )
       SELECT r.id, r.caller_phone_hash, r.location, r.content, r.received_at, w.id AS work_order_id, w.number, w.status
       FROM candidates r JOIN ${tableOf(manager, IntakeWorkOrder)} w ON w.request_id = r.id
       ORDER BY r.received_at DESC LIMIT ${CANDIDATE_LIMIT}`,
      [request.id, request.callerPhoneHash, district],
    );
    const text = (location: Record<string, unknown> | null, key: string) => (typeof location?.[key] === 'string' ? (location[key] as string) : null);
    return rows.map((row) => ({
      requestId: row.id,
      workOrderId: row.work_order_id,
      number: row.number,
      status: row.status,
      receivedAt: new Date(row.received_at),
      callerHash: row.caller_phone_hash,
      district: text(row.location, 'district'),
      street: text(row.location, 'street'),
      address: text(row.location, 'address'),
      content: row.content,
    }));
  }
}

type MisuseSubject = Pick<CitizenRequest, 'id' | 'callerPhoneHash' | 'receivedAt'>;

const earliest = (requests: MisuseSubject[]) => new Date(Math.min(...requests.map((request) => request.receivedAt.getTime())));
const latest = (requests: MisuseSubject[]) => new Date(Math.max(...requests.map((request) => request.receivedAt.getTime())));

function tableOf(manager: EntityManager, target: new () => unknown): string {
  return manager.connection.getMetadata(target).tablePath;
}
