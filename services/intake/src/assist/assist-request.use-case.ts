import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MisuseView, readEnvConfig, RequestAssist } from '@hotline/contracts';
import { assessCallerMisuse, checkJurisdiction, detectEmergency, findLikelyRepeats, MisusePolicy, misuseWindowStart, RepeatCandidate } from '@hotline/domain';
import { DataSource, EntityManager } from 'typeorm';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { IntakeAssistConfig } from './intake-assist.config';
import { KnowledgeAnswers } from './knowledge-answers';

/** Candidates for repeats: the newest requests of the same caller or district. */
const CANDIDATE_LIMIT = 300;

export function misusePolicyFromEnv(env: NodeJS.ProcessEnv = process.env): MisusePolicy {
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
  async misuse(manager: EntityManager, request: Pick<CitizenRequest, 'id' | 'callerPhoneHash' | 'receivedAt'>): Promise<MisuseView> {
    const { limit, windowMinutes } = this.policy;
    if (!request.callerPhoneHash) return { checked: false, flagged: false, count: 0, limit, windowMinutes };
    const rows: Array<{ received_at: Date }> = await manager.query(
      `SELECT received_at FROM ${tableOf(manager, CitizenRequest)}
       WHERE caller_phone_hash = $1 AND id <> $2 AND received_at > $3 AND received_at <= $4`,
      [request.callerPhoneHash, request.id, misuseWindowStart(request.receivedAt, this.policy), request.receivedAt],
    );
    const assessment = assessCallerMisuse(rows.map((row) => new Date(row.received_at)), request.receivedAt, this.policy);
    return { checked: true, flagged: assessment.flagged, count: assessment.count, limit, windowMinutes };
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
      `SELECT r.id, r.caller_phone_hash, r.location, r.content, r.received_at, w.id AS work_order_id, w.number, w.status
       FROM ${tableOf(manager, CitizenRequest)} r JOIN ${tableOf(manager, IntakeWorkOrder)} w ON w.request_id = r.id
       WHERE r.id <> $1 AND ((r.caller_phone_hash IS NOT NULL AND r.caller_phone_hash = $2) OR r.location->>'district' = $3)
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

function tableOf(manager: EntityManager, target: new () => unknown): string {
  return manager.connection.getMetadata(target).tablePath;
}
