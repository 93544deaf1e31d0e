import {
  IllegalTransitionError,
  RegulationViolationError,
  type RequirementId,
  RoleNotAllowedError,
} from '../errors/domain-error';
import type { WorkOrderContext } from '../lifecycle/apply-work-order-command';
import type { TransitionDefinition } from '../lifecycle/lifecycle-transitions';
import type { Actor } from '../reference/roles';
import {
  isSupervisionMethod,
  isSupervisionTriggerCode,
  SUPERVISION_TRIGGERS,
  type SupervisionMethod,
  type SupervisionTriggerCode,
} from '../reference/supervision';
import { type ComputedDeadline, deadline, extendDeadline, isOverdue, toDeadlineView } from '../time-limits/deadlines';
import { TimeLimitPolicy } from '../time-limits/time-limit-policy';
import {
  type SupervisionCaseEvent,
  type SupervisionCaseStatus,
  supervisionTransitionOf,
} from './supervision-case-transitions';

export interface SupervisionCase {
  readonly id: string;
  readonly workOrderId: string;
  readonly trigger: SupervisionTriggerCode;
  readonly method: SupervisionMethod;
  readonly status: SupervisionCaseStatus;
  readonly version: number;
  readonly openedAt: Date;
  readonly deadline: ComputedDeadline;
  readonly extensionsGranted: number;
  readonly result?: string;
}

export interface SupervisionCaseStep {
  readonly caseId: string;
  readonly workOrderId: string;
  readonly version: number;
  readonly event: SupervisionCaseEvent;
  readonly from: SupervisionCaseStatus | null;
  readonly to: SupervisionCaseStatus;
  readonly at: Date;
  readonly actor: Actor;
  readonly requirements: readonly RequirementId[];
  readonly details: Readonly<Record<string, unknown>>;
}

export type SupervisionCaseCommand =
  | { readonly event: 'extend-case'; readonly workingDays: number; readonly reason: string }
  | { readonly event: 'resolve-case'; readonly result: string }
  | { readonly event: 'escalate-case'; readonly note?: string };

export interface NewSupervisionCase {
  readonly id: string;
  readonly workOrderId: string;
  readonly trigger: number;
  readonly method: string;
}

function checkRole(transition: TransitionDefinition<SupervisionCaseEvent, SupervisionCaseStatus>, actor: Actor): void {
  if (!transition.roles.includes(actor.role)) {
    throw new RoleNotAllowedError(transition.event, actor.role, transition.roles);
  }
}

function text(value: unknown, requirement: RequirementId, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RegulationViolationError(requirement, `${what} is required`);
  }
  return value.trim();
}

/** Opens a supervision case on a work order (R23.1); the limit depends on the method (R23.2). */
export function openSupervisionCase(
  input: NewSupervisionCase,
  context: WorkOrderContext,
): { readonly supervisionCase: SupervisionCase; readonly step: SupervisionCaseStep } {
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
  const limit = deadline('supervision', context.now, { supervisionMethod: input.method }, context);
  const supervisionCase: SupervisionCase = {
    id: input.id,
    workOrderId: input.workOrderId,
    trigger: trigger.code,
    method: input.method,
    status: 'open',
    version: 1,
    openedAt: context.now,
    deadline: limit,
    extensionsGranted: 0,
  };
  return {
    supervisionCase,
    step: {
      caseId: input.id,
      workOrderId: input.workOrderId,
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
        deadline: toDeadlineView(limit),
      },
    },
  };
}

type CaseChange = { to: SupervisionCaseStatus; patch: Partial<SupervisionCase>; details: Record<string, unknown> };

function change(current: SupervisionCase, command: SupervisionCaseCommand, context: WorkOrderContext): CaseChange {
  switch (command.event) {
    case 'extend-case': {
      const count = (context.policy ?? TimeLimitPolicy.regulation()).get('supervision-extension-count');
      if (current.extensionsGranted >= count.value) {
        throw new RegulationViolationError('R23.2', `a supervision case is extended at most ${count.value} time(s)`);
      }
      const reason = text(command.reason, 'R23.2', 'the reason (complex case)');
      const extended = extendDeadline(current.deadline, command.workingDays, context);
      return {
        to: 'open',
        patch: { deadline: extended, extensionsGranted: current.extensionsGranted + 1 },
        details: { reason, workingDays: command.workingDays, deadline: toDeadlineView(extended) },
      };
    }
    case 'resolve-case': {
      const result = text(command.result, 'R23.2', 'the result');
      const inTime = !isOverdue(current.deadline, context.now);
      return { to: 'resolved', patch: { result }, details: { result, inTime } };
    }
    case 'escalate-case':
      return {
        to: 'escalated',
        patch: {},
        details: { to: '市人民政府督查室', ...(command.note ? { note: command.note } : {}) },
      };
  }
}

export function applySupervisionCaseCommand(
  current: SupervisionCase,
  command: SupervisionCaseCommand,
  context: WorkOrderContext,
): { readonly supervisionCase: SupervisionCase; readonly step: SupervisionCaseStep } {
  const transition = supervisionTransitionOf(command.event);
  checkRole(transition, context.actor);
  if (!transition.from.includes(current.status)) {
    throw new IllegalTransitionError(command.event, current.status, transition.from);
  }
  const { to, patch, details } = change(current, command, context);
  const supervisionCase: SupervisionCase = { ...current, ...patch, status: to, version: current.version + 1 };
  return {
    supervisionCase,
    step: {
      caseId: current.id,
      workOrderId: current.workOrderId,
      version: supervisionCase.version,
      event: command.event,
      from: current.status,
      to,
      at: context.now,
      actor: context.actor,
      requirements: transition.requirements,
      details,
    },
  };
}
