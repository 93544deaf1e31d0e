import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf, SupervisionCaseEvents, SupervisionCaseStepPayload } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import {
  applySupervisionCaseCommand,
  dueSoonAt,
  NewSupervisionCase,
  NotFoundError,
  openSupervisionCase,
  SupervisionCase,
  SupervisionCaseCommand,
  SupervisionCaseStep,
  supervisionCaseToJson,
} from '@hotline/domain';
import { OutboxWriter } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { WatchedDeadlinesRepository } from '../deadline-watch/watched-deadlines.repository';
import { SupervisionConfig } from '../supervision.config';
import { TimelineRepository } from '../timeline/timeline.repository';
import { StoredCase, SupervisionCasesRepository } from './supervision-cases.repository';

/** What an opening records beside the case: the key of an automatic case (one per work order and trigger). */
export interface OpeningOptions {
  automaticKey?: string;
}

/**
 * The one way a supervision case changes, in the caller's transaction: the domain's step, the row, the work orders it
 * links, its deadline in the watch, its step event (outbox) and the step on every linked work order's timeline.
 */
@Injectable()
export class CaseSteps {
  constructor(
    private readonly cases: SupervisionCasesRepository,
    private readonly deadlines: WatchedDeadlinesRepository,
    private readonly timeline: TimelineRepository,
    private readonly outbox: OutboxWriter,
    private readonly calendar: WorkingCalendar,
    private readonly config: SupervisionConfig,
  ) {}

  /** Opens a case; null when an automatic case of the same key (or the hot spot's) exists already. */
  async open(
    manager: EntityManager,
    input: NewSupervisionCase,
    actor: Actor,
    now: Date,
    options: OpeningOptions = {},
  ): Promise<StoredCase | null> {
    const { supervisionCase, step } = openSupervisionCase(input, this.contextOf(actor, now));
    const inserted = await this.cases.insert(manager, supervisionCase, {
      openedBy: actor.id,
      ...(options.automaticKey ? { automaticKey: options.automaticKey } : {}),
    });
    if (!inserted) return null;
    await this.recorded(manager, supervisionCase, step, actor);
    return { supervisionCase, openedBy: actor.id };
  }

  /** A step on a case, locked for the transaction; `guard` may refuse it once the case is read. */
  async take(
    manager: EntityManager,
    caseId: string,
    command: SupervisionCaseCommand,
    actor: Actor,
    now: Date,
    guard?: (current: SupervisionCase) => void,
  ): Promise<StoredCase> {
    const stored = await this.cases.lock(manager, caseId);
    if (!stored) throw new NotFoundError(`no supervision case ${caseId}`);
    guard?.(stored.supervisionCase);
    const { supervisionCase, step } = applySupervisionCaseCommand(
      stored.supervisionCase,
      command,
      this.contextOf(actor, now),
    );
    await this.cases.save(manager, supervisionCase);
    if (command.event === 'link-work-orders') {
      await this.cases.link(manager, caseId, supervisionCase.workOrderIds, now);
    }
    await this.recorded(manager, supervisionCase, step, actor);
    return { supervisionCase, openedBy: stored.openedBy };
  }

  private async recorded(
    manager: EntityManager,
    supervisionCase: SupervisionCase,
    step: SupervisionCaseStep,
    actor: Actor,
  ): Promise<void> {
    await this.watch(manager, supervisionCase);
    const payload: SupervisionCaseStepPayload = {
      caseId: supervisionCase.id,
      workOrderIds: [...step.workOrderIds],
      version: step.version,
      step: step.event,
      from: step.from,
      to: step.to,
      at: step.at.toISOString(),
      requirements: [...step.requirements],
      details: { ...step.details },
      supervisionCase: supervisionCaseToJson(supervisionCase),
    };
    const event = await this.outbox.add(manager, SupervisionCaseEvents[step.event], payload, {
      actor,
      workOrderId: supervisionCase.workOrderId,
      occurredAt: step.at,
    });
    // Every linked work order's timeline shows the step; linking shows it on the newly linked ones (and the first).
    const shownOn =
      step.event === 'link-work-orders'
        ? [supervisionCase.workOrderId, ...((step.details['linked'] as string[] | undefined) ?? [])]
        : supervisionCase.workOrderIds;
    await this.timeline.appendCaseStep(manager, event, [...new Set(shownOn)], {
      caseId: supervisionCase.id,
      step: step.event,
      from: step.from,
      to: step.to,
      trigger: supervisionCase.trigger,
      method: supervisionCase.method,
      workOrders: supervisionCase.workOrderIds.length,
      requirements: [...step.requirements],
      details: { ...step.details },
    });
  }

  /** The case's limit runs while it is open; an escalated or resolved case is no longer the office's to watch. */
  private async watch(manager: EntityManager, supervisionCase: SupervisionCase): Promise<void> {
    if (supervisionCase.status !== 'open') {
      await this.deadlines.stop(manager, supervisionCase.id);
      return;
    }
    const { from, due } = supervisionCase.deadline;
    await this.deadlines.keep(manager, {
      subjectId: supervisionCase.id,
      subject: 'case',
      workOrderId: supervisionCase.workOrderId,
      caseId: supervisionCase.id,
      kind: 'supervision',
      startsAt: from,
      due,
      soonAt: dueSoonAt({ from, due }, this.config.HOTLINE_DUE_SOON_SHARE),
    });
  }

  private contextOf(actor: Actor, now: Date) {
    return { actor: domainActorOf(actor), now, ...this.calendar.rules() };
  }
}
