import {
  AccessDeniedError,
  IllegalTransitionError,
  RegulationViolationError,
  RoleNotAllowedError,
} from '../errors/domain-error';
import type { WorkOrderContext } from '../lifecycle/apply-work-order-command';
import type { TransitionDefinition } from '../lifecycle/lifecycle-transitions';
import type { Actor } from '../reference/roles';
import {
  isSupervisionMethod,
  isSupervisionTriggerCode,
  SUPERVISION_TRIGGERS,
  type SupervisionTriggerCode,
} from '../reference/supervision';
import { toDeadlineView } from '../time-limits/deadlines';
import type { SupervisionCase, SupervisionCaseStep } from './supervision-case-model';
import { changeOf, type SupervisionCaseCommand } from './supervision-case-steps';
import {
  type SupervisionCaseEvent,
  type SupervisionCaseStatus,
  supervisionTransitionOf,
} from './supervision-case-transitions';
import { supervisionLimit } from './supervision-limit';

export type { SupervisionCaseCommand } from './supervision-case-steps';
export type {
  CaseEscalation,
  CaseExtensionApplication,
  SupervisionCase,
  SupervisionCaseStep,
} from './supervision-case-model';

export interface NewSupervisionCase {
  readonly id: string;
  readonly workOrderIds: readonly string[];
  readonly unitIds: readonly string[];
  readonly trigger: number;
  readonly method: string;
  readonly source?: string;
  /** the limit the supervisor sets; the method's maximum when absent (R23.2) */
  readonly workingDays?: number;
  readonly hotSpotId?: string;
}

export interface SupervisionCaseTransition {
  readonly supervisionCase: SupervisionCase;
  readonly step: SupervisionCaseStep;
}

type Transition = TransitionDefinition<SupervisionCaseEvent, SupervisionCaseStatus>;

function checkRole(transition: Transition, actor: Actor): void {
  if (!transition.roles.includes(actor.role)) {
    throw new RoleNotAllowedError(transition.event, actor.role, transition.roles);
  }
}

/** A unit acts only on the cases of its own work orders. */
function checkUnit(current: SupervisionCase, actor: Actor): void {
  if (actor.role === 'unit' && !(actor.unitId && current.unitIds.includes(actor.unitId))) {
    throw new AccessDeniedError(`supervision case ${current.id} is not one of unit ${actor.unitId ?? '?'}'s cases`);
  }
}

function sourceOf(trigger: SupervisionTriggerCode, source: string | undefined): string | undefined {
  const named = source?.trim();
  if (trigger >= 4 && !named) {
    throw new RegulationViolationError('R23.1', `trigger ${trigger} is opened with its source named`);
  }
  return named || undefined;
}

/** Opens a supervision case on one or many work orders (R23.1); the limit depends on the method (R23.2). */
export function openSupervisionCase(input: NewSupervisionCase, context: WorkOrderContext): SupervisionCaseTransition {
  const transition = supervisionTransitionOf('open-case');
  checkRole(transition, context.actor);
  if (!isSupervisionTriggerCode(input.trigger)) throw new RegulationViolationError('R23.1', 'the trigger is 1–8');
  if (!isSupervisionMethod(input.method)) {
    throw new RegulationViolationError('R23.2', 'the method is system, phone, on-site, letter or meeting');
  }
  const trigger = SUPERVISION_TRIGGERS[input.trigger - 1];
  if (context.actor.role === 'system' && !trigger.systemDetected) {
    const message = `trigger ${trigger.code} (${trigger.zh}) is opened by the office, not the system`;
    throw new RegulationViolationError('R23.1', message);
  }
  const workOrderIds = [...new Set(input.workOrderIds)];
  const first = workOrderIds[0];
  if (!first) throw new RegulationViolationError('R23.1', 'a supervision case supervises at least one work order');
  const source = sourceOf(trigger.code, input.source);
  const limit = supervisionLimit(context.now, input.method, input.workingDays, context);
  const supervisionCase: SupervisionCase = {
    id: input.id,
    workOrderId: first,
    workOrderIds,
    unitIds: [...new Set(input.unitIds)],
    trigger: trigger.code,
    method: input.method,
    ...(source ? { source } : {}),
    ...(input.hotSpotId ? { hotSpotId: input.hotSpotId } : {}),
    status: 'open',
    version: 1,
    openedAt: context.now,
    deadline: limit,
    extensionsGranted: 0,
    answers: 0,
  };
  return {
    supervisionCase,
    step: {
      caseId: input.id,
      workOrderIds,
      version: 1,
      event: 'open-case',
      from: null,
      to: 'open',
      at: context.now,
      actor: context.actor,
      requirements: transition.requirements,
      details: {
        trigger: trigger.code,
        triggerText: trigger.zh,
        method: input.method,
        ...(source ? { source } : {}),
        deadline: toDeadlineView(limit),
      },
    },
  };
}

/** A step on an open case: the role, the unit and the state decide whether it may be taken, the step what it does. */
export function applySupervisionCaseCommand(
  current: SupervisionCase,
  command: SupervisionCaseCommand,
  context: WorkOrderContext,
): SupervisionCaseTransition {
  const transition = supervisionTransitionOf(command.event);
  checkRole(transition, context.actor);
  checkUnit(current, context.actor);
  if (!transition.from.includes(current.status)) {
    throw new IllegalTransitionError(command.event, current.status, transition.from);
  }
  const { to, patch, details } = changeOf(current, command, context);
  const next = to ?? current.status;
  const supervisionCase: SupervisionCase = { ...current, ...patch, status: next, version: current.version + 1 };
  return {
    supervisionCase,
    step: {
      caseId: current.id,
      workOrderIds: supervisionCase.workOrderIds,
      version: supervisionCase.version,
      event: command.event,
      from: current.status,
      to: next,
      at: context.now,
      actor: context.actor,
      requirements: transition.requirements,
      details,
    },
  };
}
