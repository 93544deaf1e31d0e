import { Injectable, Logger } from '@nestjs/common';
import { Actor, AssistTiming, domainActorOf, RecordRequestCommand, RecordRequestResult } from '@hotline/contracts';
import {
  applyWorkOrderCommand,
  assertCallerReachable,
  createWorkOrder,
  decideIntake,
  IntakeDecision,
  intakeCommandOf,
  intakeDeciderOf,
  InvalidDomainInputError,
  receivesIntakeAssist,
  transferTargetProblem,
  WorkOrder,
  workOrderToJson,
} from '@hotline/domain';
import { GroupCommit, OutboxWriter, Transactions, WorkOrderStates } from '@hotline/persistence';
import { WorkingCalendar } from '@hotline/calendar';
import { currentTraceHeaders } from '@hotline/telemetry';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AssistRequestUseCase, MisuseCount } from '../assist/assist-request.use-case';
import { CallerCipher } from '../callers/caller-cipher';
import { CallerMisuseFlag } from '../callers/caller-misuse-flag.entity';
import { CallerMisuseFlagRepository } from '../callers/caller-misuse-flag.repository';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import { PartnerLines } from '../partner-lines/partner-lines';
import { CitizenRequest } from './citizen-request.entity';
import { CitizenRequestRepository } from './citizen-request.repository';
import { IntakeWorkOrderRepository } from './intake-work-order.repository';
import { KnowledgeCitations } from './knowledge-citations';
import { eventsOf, PreparedRequest, rejectionOf, summaryOf, workOrderRowOf } from './prepared-request';
import { WorkOrderCounterRepository } from './work-order-counter.repository';

/** POST /api/v1/requests: the request, who recorded it and when, and whether its assist is answered now. */
export class RecordCitizenRequestCommand {
  request: RecordRequestCommand;
  actor: Actor;
  now: Date;
  assist: AssistTiming;
}

interface RecordedRequest {
  row: CitizenRequest;
  misuse: MisuseCount;
  result: RecordRequestResult;
}

/**
 * Records a request and opens its work order (R14.1) in one transaction with the events that announce
 * it. Requests that arrive together are written together (group commit): each is decided and encrypted
 * in its own handler, then a batch pays one round of statements and one commit. Caller identity is
 * encrypted before it reaches the database and never leaves intake.
 */
@Injectable()
export class RecordRequestUseCase {
  private readonly logger = new Logger(RecordRequestUseCase.name);
  private readonly writes: GroupCommit<PreparedRequest, RecordedRequest>;

  constructor(
    transactions: Transactions,
    private readonly requests: CitizenRequestRepository,
    private readonly workOrders: IntakeWorkOrderRepository,
    private readonly counters: WorkOrderCounterRepository,
    private readonly misuseFlags: CallerMisuseFlagRepository,
    private readonly outbox: OutboxWriter,
    private readonly cipher: CallerCipher,
    private readonly calendar: WorkingCalendar,
    private readonly jurisdictions: JurisdictionTable,
    private readonly assist: AssistRequestUseCase,
    private readonly states: WorkOrderStates,
    private readonly citations: KnowledgeCitations,
    private readonly partnerLines: PartnerLines,
  ) {
    this.writes = new GroupCommit(
      (work) => transactions.run(work),
      (manager, batch) => this.write(manager, batch),
      64,
      'intake-requests',
    );
  }

  async execute({ request: given, actor, now, assist }: RecordCitizenRequestCommand): Promise<RecordRequestResult> {
    assertCallerReachable(given.caller, given.channel);
    const place = await this.jurisdictions.placeOf(given.location?.district);
    const decision = await this.withCitation(decideIntake(given.decision, place, given.callerConsent));
    await this.checkNamedLine(decision);
    // A district of the city is recorded by its official name; any other as given (R13.2 flags it).
    const command =
      place?.kind === 'inside' && given.location
        ? { ...given, location: { ...given.location, district: place.name } }
        : given;
    const recorded = await this.writes.submit({
      command,
      decision,
      row: this.requestRow(command, decision.outcome, now),
      state: this.decide(command, decision, actor, now),
      actor,
      now,
      traceHeaders: currentTraceHeaders(),
    });
    if (assist === 'later' || !receivesIntakeAssist(actor)) return recorded.result;
    return { ...recorded.result, ...(await this.assistOf(recorded.row, recorded.misuse)) };
  }

  /** R15.1 only an existing, published article closes a request online; asked of knowledge only when one is cited. */
  private async withCitation(decision: IntakeDecision): Promise<IntakeDecision> {
    if (decision.outcome !== 'close-online') return decision;
    return { ...decision, citation: await this.citations.cite(decision.articleId, 'decision.articleId') };
  }

  /** R13.1(5): the line a rejection names must take transfers (known, enabled, emergency or utility): else 400. */
  private async checkNamedLine(decision: IntakeDecision): Promise<void> {
    const code = decision.outcome === 'reject' ? decision.transfer?.to : undefined;
    if (!code) return;
    const lines = await this.partnerLines.all();
    // Until linkage has announced its registry the copy is empty: linkage checks the line when it sends (and alerts).
    if (lines.length === 0) return;
    const problem = transferTargetProblem(
      code,
      lines.find((line) => line.code === code),
    );
    if (problem) throw new InvalidDomainInputError('', [{ path: 'decision.transferTo', message: problem }]);
  }

  /** The request is recorded whatever happens here: a failing assist must not turn into a retried, doubled request. */
  private async assistOf(request: CitizenRequest, misuse: MisuseCount): Promise<Pick<RecordRequestResult, 'assist'>> {
    try {
      return { assist: await this.assist.forRequest(request, misuse) };
    } catch (error) {
      this.logger.warn(
        `assist of request ${request.id} failed; answered without it: ${error instanceof Error ? error.message : String(error)}`,
      );
      return {};
    }
  }

  private async write(manager: EntityManager, batch: PreparedRequest[]): Promise<RecordedRequest[]> {
    const rows = batch.map((prepared) => prepared.row);
    await this.requests.insertMany(manager, rows);
    const misuse = await this.assist.misuseOfAll(rows, manager);
    await this.flagMisuse(manager, rows, misuse);
    const numbers = await this.counters.takeNumbers(
      manager,
      batch.map((prepared) => prepared.now),
    );
    const written = batch.map((prepared, index) => ({
      prepared,
      misuse: misuse[index],
      workOrder: workOrderRowOf(prepared, numbers[index]),
    }));
    await this.workOrders.insertMany(
      manager,
      written.map(({ workOrder }) => workOrder),
    );
    // Intake's copy of each work order: the later steps' snapshots are followed against its version.
    await this.states.followAll(
      manager,
      batch.map((prepared) => ({ snapshot: workOrderToJson(prepared.state), at: prepared.now })),
    );
    await this.outbox.addMany(
      manager,
      written.flatMap(({ prepared, workOrder }) => eventsOf(prepared, workOrder)),
    );
    return written.map(({ prepared, misuse: view, workOrder }) => ({
      row: prepared.row,
      misuse: view,
      result: {
        requestId: prepared.row.id,
        outcome: prepared.decision.outcome,
        workOrder: summaryOf(workOrder, prepared.state.status),
        ...rejectionField(prepared.decision),
      },
    }));
  }

  /** R27.1: a request that makes its caller reach the misuse limit inside the window is recorded as misuse. */
  private async flagMisuse(manager: EntityManager, rows: CitizenRequest[], misuse: MisuseCount[]): Promise<void> {
    const flags = rows.flatMap((row, index): CallerMisuseFlag[] => {
      const view = misuse[index];
      if (!view?.flagged || !row.callerPhoneHash) return [];
      return [
        {
          id: randomUUID(),
          requestId: row.id,
          callerPhoneHash: row.callerPhoneHash,
          kind: 'repeated-calls',
          count: view.count,
          limit: view.limit,
          windowMinutes: view.windowMinutes,
          note: null,
          durationSeconds: null,
          recordedBy: null,
          flaggedAt: row.receivedAt,
        },
      ];
    });
    await this.misuseFlags.insertMany(manager, flags);
  }

  private requestRow(request: RecordRequestCommand, outcome: string, now: Date): CitizenRequest {
    const { caller } = request;
    return {
      id: randomUUID(),
      channel: request.channel,
      ctiCallId: request.ctiCallId ?? null,
      callerNameEnc: caller.name ? this.cipher.encrypt(caller.name) : null,
      callerPhoneEnc: caller.phone ? this.cipher.encrypt(caller.phone) : null,
      callerIdNumberEnc: caller.idNumber ? this.cipher.encrypt(caller.idNumber.toUpperCase()) : null,
      callerPhoneHash: caller.phone ? this.cipher.phoneLookupHash(caller.phone) : null,
      anonymous: caller.anonymous === true,
      content: request.content,
      type: request.type,
      field: request.field ?? null,
      category: request.category ?? null,
      location: request.location ? { ...request.location } : null,
      outcome,
      callerConsent: request.callerConsent ?? null,
      matterNature: request.matterNature ?? null,
      receivedAt: now,
    };
  }

  /** The work order through the domain's steps: received, then the operator's decision (R13–R15). */
  private decide(request: RecordRequestCommand, decision: IntakeDecision, actor: Actor, now: Date): WorkOrder {
    const context = { actor: domainActorOf(actor), now, ...this.calendar.rules() };
    const decider = { ...context, actor: intakeDeciderOf(decision, context.actor) };
    const matter = {
      ...(request.field ? { field: request.field } : {}),
      ...(request.matterNature ? { matterNature: request.matterNature } : {}),
    };
    const received = createWorkOrder(
      { id: randomUUID(), type: request.type, channel: request.channel, ...matter },
      context,
    );
    return applyWorkOrderCommand(received.order, intakeCommandOf(decision), decider).order;
  }
}

function rejectionField(decision: IntakeDecision): Pick<RecordRequestResult, 'rejection'> {
  const rejection = rejectionOf(decision);
  return rejection ? { rejection } : {};
}
