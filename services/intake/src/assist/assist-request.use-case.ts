import { Injectable } from '@nestjs/common';
import {
  CallerMisuseFlagCount,
  MisuseView,
  PartnerLineHintView,
  RequestAssist,
  RequestIdQuery,
} from '@hotline/contracts';
import {
  assessCallerMisuse,
  checkJurisdiction,
  isCallerMisuseKind,
  detectEmergency,
  findLikelyRepeats,
  isRepeatCandidate,
  MisusePolicy,
  misuseWindowStart,
  NotFoundError,
  partnerLineFor,
  RepeatCandidate,
  RequestFingerprint,
} from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { CallerMisuseFlagRepository } from '../callers/caller-misuse-flag.repository';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { CitizenRequestRepository } from '../requests/citizen-request.repository';
import { IntakeConfig } from '../intake.config';
import { PartnerLines } from '../partner-lines/partner-lines';
import { cutShortOf, withinBudget } from './assist-budget';
import { KnowledgeAnswers } from './knowledge-answers';

/** Candidates for repeats: the newest requests of the same caller or district. */
const CANDIDATE_LIMIT = 300;

/** GET /api/v1/requests/{id}/assist */
export type AssistRequestCommand = RequestIdQuery;

/** R27.1 the caller's requests in the window, counted when the request is recorded; the flags are read apart. */
export type MisuseCount = Omit<MisuseView, 'flags'>;

/**
 * R13.2/R15.1/R27.1 what the operator is told about a request: likely repeats, emergency hint, jurisdiction
 * check, knowledge-base answers and caller misuse. The rules are the domain's; this gathers their inputs.
 */
@Injectable()
export class AssistRequestUseCase {
  private readonly policy: MisusePolicy;
  private readonly budgets: { repeats: number; knowledge: number };

  constructor(
    private readonly requests: CitizenRequestRepository,
    private readonly jurisdictions: JurisdictionTable,
    private readonly knowledge: KnowledgeAnswers,
    private readonly misuseFlags: CallerMisuseFlagRepository,
    config: IntakeConfig,
    private readonly partnerLines: PartnerLines,
  ) {
    this.policy = { limit: config.HOTLINE_MISUSE_LIMIT, windowMinutes: config.HOTLINE_MISUSE_WINDOW_MINUTES };
    this.budgets = {
      repeats: config.HOTLINE_REPEAT_SCAN_BUDGET_MS,
      knowledge: config.HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS,
    };
  }

  async execute({ requestId }: AssistRequestCommand): Promise<RequestAssist> {
    const request = await this.requests.findById(requestId);
    if (!request) throw new NotFoundError(`no request ${requestId}`);
    return this.forRequest(request);
  }

  /** `misuse` when the caller's requests were already counted (recording the request does). */
  async forRequest(request: CitizenRequest, misuse?: MisuseCount): Promise<RequestAssist> {
    const location = request.location ?? {};
    const text = (key: string) => {
      const value = location[key];
      return typeof value === 'string' ? value : null;
    };
    const number = (key: string) => {
      const value = location[key];
      return typeof value === 'number' ? value : null;
    };
    const fingerprint = {
      callerHash: request.callerPhoneHash,
      district: text('district'),
      street: text('street'),
      address: text('address'),
      content: request.content,
    };
    const [scanned, table, callerMisuse, flags, searched, line] = await Promise.all([
      withinBudget('repeats', this.budgets.repeats, this.candidates(request.id, fingerprint)),
      this.jurisdictions.entries(),
      misuse ?? this.misuse(request),
      this.flagsOf(request),
      withinBudget('knowledge', this.budgets.knowledge, this.knowledge.for(request.content)),
      this.lineFor(request.category),
    ]);
    const candidates = scanned.done ? scanned.value : [];
    const knowledge = searched.done ? searched.value : { available: false as const };
    const repeats = findLikelyRepeats(fingerprint, candidates).map((repeat) => ({
      ...repeat,
      basis: [...repeat.basis],
      receivedAt: repeat.receivedAt.toISOString(),
    }));
    const emergency = detectEmergency(request.content);
    const jurisdiction = checkJurisdiction(
      table,
      {
        district: text('district'),
        street: text('street'),
        address: text('address'),
        lat: number('lat'),
        lng: number('lng'),
      },
      request.content,
    );
    return {
      requestId: request.id,
      repeats: {
        likely: repeats.length > 0,
        items: repeats,
        ...(repeats.length > 0 ? { suggestedReasonCode: 4 as const } : {}),
      },
      emergency: {
        likely: emergency.likely,
        hints: emergency.hints.map((hint) => ({
          ...hint,
          matched: [...hint.matched],
          destination: { category: hint.destination.category, destination: hint.destination.destination },
        })),
        ...(emergency.suggestedReasonCode ? { suggestedReasonCode: emergency.suggestedReasonCode } : {}),
        ...(line ? { line } : {}),
      },
      jurisdiction: {
        ...jurisdiction,
        findings: [...jurisdiction.findings],
        mentionedElsewhere: [...jurisdiction.mentionedElsewhere],
      },
      knowledge,
      misuse: { ...callerMisuse, flags },
      ...cutShortOf(scanned, searched),
    };
  }

  /** R10.1: from intake's copy of the registry (fed by linkage's events), never by asking linkage while the caller waits. */
  private async lineFor(category: string | null): Promise<PartnerLineHintView | undefined> {
    if (!category) return undefined;
    const line = partnerLineFor(category, await this.partnerLines.all());
    if (!line || line.kind === 'branch') return undefined;
    return { code: line.code, name: line.name, kind: line.kind, category };
  }

  /** R27.1 every kind the caller is flagged with, on any request: none without a phone to key them by. */
  private async flagsOf(request: CitizenRequest): Promise<CallerMisuseFlagCount[]> {
    if (!request.callerPhoneHash) return [];
    const groups = await this.misuseFlags.groupsOfCaller(request.callerPhoneHash);
    return groups.flatMap((group) =>
      isCallerMisuseKind(group.kind)
        ? [{ kind: group.kind, count: group.count, lastAt: group.lastAt.toISOString() }]
        : [],
    );
  }

  /** R27.1 the caller's requests inside the window up to this one (this one included). */
  private async misuse(request: MisuseSubject): Promise<MisuseCount> {
    const [view] = await this.misuseOfAll([request]);
    return view;
  }

  /**
   * `misuse` for requests recorded together, in the order they were taken: one query for all callers, and a
   * request counts only those before it, in the database or earlier in the list.
   */
  async misuseOfAll(requests: MisuseSubject[], manager?: EntityManager): Promise<MisuseCount[]> {
    const { limit, windowMinutes } = this.policy;
    const hashes = [
      ...new Set(requests.flatMap((request) => (request.callerPhoneHash ? [request.callerPhoneHash] : []))),
    ];
    const rows = await this.requests.ofCallersBetween(
      hashes,
      misuseWindowStart(earliest(requests), this.policy),
      latest(requests),
      manager,
    );
    return requests.map((request, index) => {
      if (!request.callerPhoneHash) return { checked: false, flagged: false, count: 0, limit, windowMinutes };
      const later = new Set(requests.slice(index + 1).map((other) => other.id));
      const earlier = rows
        .filter((row) => row.callerPhoneHash === request.callerPhoneHash && row.id !== request.id && !later.has(row.id))
        .map((row) => row.receivedAt);
      // The window (and nothing after this request) is the domain's to apply.
      const assessment = assessCallerMisuse(earlier, request.receivedAt, this.policy);
      return { checked: true, flagged: assessment.flagged, count: assessment.count, limit, windowMinutes };
    });
  }

  /**
   * R13.2 the requests to compare texts with: of the newest of the same caller or district, those of the same caller
   * or place (the domain's rule), read with their text and work order; the others cannot be a likely repeat.
   */
  private async candidates(id: string, fingerprint: RequestFingerprint): Promise<RepeatCandidate[]> {
    const { callerHash, district } = fingerprint;
    if (!callerHash && !district) return [];
    const places = await this.requests.repeatPlaces(
      { id, callerPhoneHash: callerHash ?? null, district: district ?? null },
      CANDIDATE_LIMIT,
    );
    const comparable = places.filter((place) =>
      isRepeatCandidate(fingerprint, { callerHash: place.callerPhoneHash, ...place }),
    );
    const rows = await this.requests.repeatCandidates(comparable.map((place) => place.id));
    const text = (location: Record<string, unknown> | null, key: string) => {
      const value = location?.[key];
      return typeof value === 'string' ? value : null;
    };
    return rows.map((row) => ({
      requestId: row.id,
      workOrderId: row.workOrderId,
      number: row.number,
      status: row.status,
      receivedAt: row.receivedAt,
      callerHash: row.callerPhoneHash,
      district: text(row.location, 'district'),
      street: text(row.location, 'street'),
      address: text(row.location, 'address'),
      content: row.content,
    }));
  }
}

type MisuseSubject = Pick<CitizenRequest, 'id' | 'callerPhoneHash' | 'receivedAt'>;

const earliest = (requests: MisuseSubject[]) =>
  new Date(Math.min(...requests.map((request) => request.receivedAt.getTime())));
const latest = (requests: MisuseSubject[]) =>
  new Date(Math.max(...requests.map((request) => request.receivedAt.getTime())));
