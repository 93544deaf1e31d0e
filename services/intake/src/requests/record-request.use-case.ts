import { Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  RecordRequestCommand,
  RecordRequestResult,
  WorkOrderClosedOnline,
  WorkOrderCreated,
  WorkOrderRejected,
  WorkOrderSummary,
  domainActorOf,
  MisuseView,
} from '@hotline/contracts';
import { applyWorkOrderCommand, createWorkOrder, formatDue, toBeijingIso, WorkOrder, WorkOrderCommand, workOrderToJson } from '@hotline/domain';
import { OutboxWriter, WorkOrderStates } from '@hotline/persistence';
import { WorkingCalendar } from '@hotline/calendar';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AssistRequestUseCase } from '../assist/assist-request.use-case';
import { CallerCipher } from '../callers/caller-cipher';
import { CallerMisuseFlag } from '../callers/caller-misuse-flag.entity';
import { JurisdictionTable } from '../jurisdictions/jurisdiction-table';
import { CitizenRequest } from './citizen-request.entity';
import { IntakeWorkOrder } from './intake-work-order.entity';
import { nextWorkOrderNumber } from './next-work-order-number';

type AcceptedDecision =
  | { outcome: 'dispatch' }
  | { outcome: 'reject'; reasonCode: number; basis: string }
  | { outcome: 'close-online'; articleId: string }
  | { outcome: 'callback' };

/**
 * Records a request and opens its work order (R14.1) in one transaction with the events that
 * announce it. Caller identity is encrypted before it reaches the database and never leaves intake.
 */
@Injectable()
export class RecordRequestUseCase {
  private readonly logger = new Logger(RecordRequestUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly cipher: CallerCipher,
    private readonly calendar: WorkingCalendar,
    private readonly jurisdictions: JurisdictionTable,
    private readonly assist: AssistRequestUseCase,
    private readonly states: WorkOrderStates,
  ) {}

  async execute(given: RecordRequestCommand, actor: Actor, now: Date): Promise<RecordRequestResult> {
    const decision = acceptedDecision(given);
    const district = await this.jurisdictions.knownDistrict(given.location?.district);
    const request = district && given.location ? { ...given, location: { ...given.location, district } } : given;
    const recorded = await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const state = this.decide(id, request, decision, actor, now);
      const citizenRequest = await this.saveRequest(manager, request, decision.outcome, now);
      const misuse = await this.recordMisuse(manager, citizenRequest, now);
      const workOrder = await this.openWorkOrder(manager, id, citizenRequest, state, decision, now);
      // Intake's copy of the work order: the later steps' snapshots are followed against its version.
      await this.states.follow(manager, workOrderToJson(state), now);
      await this.announce(manager, request, decision, citizenRequest, workOrder, state, actor, now);
      const summary = { id: workOrder.id, number: workOrder.number, status: workOrder.status, ...deadlinesOf(workOrder) };
      return { citizenRequest, misuse, result: { requestId: citizenRequest.id, outcome: decision.outcome, workOrder: summary } };
    });
    return { ...recorded.result, ...(await this.assistOf(recorded.citizenRequest, recorded.misuse)) };
  }

  /** The request is recorded whatever happens here: a failing assist must not turn into a retried, doubled request. */
  private async assistOf(request: CitizenRequest, misuse: MisuseView): Promise<Pick<RecordRequestResult, 'assist'>> {
    try {
      return { assist: await this.assist.forRequest(request, misuse) };
    } catch (error) {
      this.logger.warn(`assist of request ${request.id} failed; answered without it: ${(error as Error).message}`);
      return {};
    }
  }

  /** R27.1: the request that makes its caller reach the misuse limit inside the window is recorded as misuse. */
  private async recordMisuse(manager: EntityManager, request: CitizenRequest, now: Date): Promise<MisuseView> {
    const misuse = await this.assist.misuse(manager, request);
    if (!misuse.flagged || !request.callerPhoneHash) return misuse;
    await manager.insert(CallerMisuseFlag, {
      id: randomUUID(),
      requestId: request.id,
      callerPhoneHash: request.callerPhoneHash,
      count: misuse.count,
      limit: misuse.limit,
      windowMinutes: misuse.windowMinutes,
      flaggedAt: now,
    });
    return misuse;
  }

  private async saveRequest(manager: EntityManager, request: RecordRequestCommand, outcome: string, now: Date): Promise<CitizenRequest> {
    const { caller } = request;
    const row: CitizenRequest = {
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
      receivedAt: now,
    };
    await manager.insert(CitizenRequest, row);
    return row;
  }

  /** The work order through the domain's steps: received, then the operator's decision (R13–R15). */
  private decide(id: string, request: RecordRequestCommand, decision: AcceptedDecision, actor: Actor, now: Date): WorkOrder {
    const context = { actor: domainActorOf(actor), now, ...this.calendar.rules() };
    const received = createWorkOrder({ id, type: request.type, channel: request.channel, ...(request.field ? { field: request.field } : {}) }, context);
    return applyWorkOrderCommand(received.order, commandOf(decision), context).order;
  }

  private async openWorkOrder(
    manager: EntityManager,
    id: string,
    request: CitizenRequest,
    state: WorkOrder,
    decision: AcceptedDecision,
    now: Date,
  ): Promise<IntakeWorkOrder> {
    const callback = state.deadlines.onlineCallback;
    const workOrder: IntakeWorkOrder = {
      id,
      number: await nextWorkOrderNumber(manager, now),
      requestId: request.id,
      status: state.status,
      createdAt: now,
      updatedAt: now,
      rejectionReasonCode: decision.outcome === 'reject' ? decision.reasonCode : null,
      rejectionBasis: decision.outcome === 'reject' ? decision.basis : null,
      articleId: decision.outcome === 'close-online' ? decision.articleId : null,
      callbackDue: callback?.due ?? null,
      callbackDueProvisional: callback?.provisional ?? null,
    };
    await manager.insert(IntakeWorkOrder, workOrder);
    return workOrder;
  }

  private async announce(
    manager: EntityManager,
    request: RecordRequestCommand,
    decision: AcceptedDecision,
    saved: CitizenRequest,
    workOrder: IntakeWorkOrder,
    state: WorkOrder,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    const meta = { actor, workOrderId: workOrder.id, occurredAt: now };
    await this.outbox.add(
      manager,
      WorkOrderCreated,
      {
        workOrderId: workOrder.id,
        number: workOrder.number,
        requestId: saved.id,
        channel: request.channel,
        type: request.type,
        status: workOrder.status,
        ...(request.field ? { field: request.field } : {}),
        ...(request.category ? { category: request.category } : {}),
        ...(request.location?.district ? { district: request.location.district } : {}),
        receivedAt: now.toISOString(),
        ...(workOrder.callbackDue ? { callbackDue: workOrder.callbackDue.toISOString() } : {}),
        state: workOrderToJson(state),
      },
      meta,
    );
    const ids = { requestId: saved.id, workOrderId: workOrder.id };
    if (decision.outcome === 'reject') {
      await this.outbox.add(manager, WorkOrderRejected, { ...ids, reasonCode: decision.reasonCode, basis: decision.basis }, meta);
    }
    if (decision.outcome === 'close-online') {
      await this.outbox.add(manager, WorkOrderClosedOnline, { ...ids, articleId: decision.articleId }, meta);
    }
  }
}

function acceptedDecision(request: RecordRequestCommand): AcceptedDecision {
  const decision = request.decision;
  switch (decision?.outcome ?? 'dispatch') {
    case 'dispatch':
      return { outcome: 'dispatch' };
    case 'reject':
      if (!decision?.reasonCode || !decision.basis) {
        throw new UnprocessableEntityException('R13.1/R14.2: a rejection needs decision.reasonCode (1–9) and decision.basis told to the caller');
      }
      return { outcome: 'reject', reasonCode: decision.reasonCode, basis: decision.basis };
    case 'close-online':
      if (!decision?.articleId) throw new UnprocessableEntityException('R15.1: closing online needs decision.articleId, the knowledge article that answered it');
      return { outcome: 'close-online', articleId: decision.articleId };
    case 'callback':
      return { outcome: 'callback' };
  }
}

function commandOf(decision: AcceptedDecision): WorkOrderCommand {
  switch (decision.outcome) {
    case 'dispatch':
      return { event: 'accept-for-dispatch' };
    case 'reject':
      return { event: 'reject', reasonCode: decision.reasonCode, basis: decision.basis };
    case 'close-online':
      return { event: 'close-online', articleId: decision.articleId };
    case 'callback':
      return { event: 'schedule-callback', callerConsent: true };
  }
}

function deadlinesOf({ callbackDue, callbackDueProvisional }: IntakeWorkOrder): Pick<WorkOrderSummary, 'deadlines'> {
  if (!callbackDue) return {};
  return { deadlines: { callback: { due: toBeijingIso(callbackDue), provisional: callbackDueProvisional === true, display: formatDue(callbackDue) } } };
}
