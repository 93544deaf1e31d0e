import { RegulationViolationError, type RequirementId, StateConflictError } from '../errors/domain-error';
import type { WorkOrderContext } from '../lifecycle/apply-work-order-command';
import { extendDeadline, isOverdue, toDeadlineView } from '../time-limits/deadlines';
import { TimeLimitPolicy } from '../time-limits/time-limit-policy';
import type { SupervisionCase } from './supervision-case-model';
import type { SupervisionCaseStatus } from './supervision-case-transitions';

export const INSPECTION_OFFICE = '市人民政府督查室';

export type SupervisionCaseCommand =
  | {
      readonly event: 'link-work-orders';
      readonly workOrderIds: readonly string[];
      readonly unitIds: readonly string[];
    }
  | {
      readonly event: 'request-case-extension';
      readonly workingDays: number;
      readonly reason: string;
      readonly id?: string;
    }
  | { readonly event: 'approve-case-extension'; readonly comment?: string }
  | { readonly event: 'reject-case-extension'; readonly comment?: string }
  | { readonly event: 'answer-case'; readonly answer: string }
  | { readonly event: 'mark-case-overdue' }
  | { readonly event: 'resolve-case'; readonly result: string }
  | { readonly event: 'escalate-case'; readonly reason?: string };

export interface CaseChange {
  /** the new status; the same when absent */
  readonly to?: SupervisionCaseStatus;
  readonly patch: Partial<SupervisionCase>;
  readonly details: Record<string, unknown>;
}

type Step<E extends SupervisionCaseCommand['event']> = (
  current: SupervisionCase,
  command: Extract<SupervisionCaseCommand, { event: E }>,
  context: WorkOrderContext,
) => CaseChange;

function text(value: unknown, requirement: RequirementId, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RegulationViolationError(requirement, `${what} is required`);
  }
  return value.trim();
}

const optionalText = (value: string | undefined) => (value?.trim() ? { comment: value.trim() } : {});

const linkWorkOrders: Step<'link-work-orders'> = (current, command) => {
  const added = command.workOrderIds.filter((id) => !current.workOrderIds.includes(id));
  const units = command.unitIds.filter((id) => !current.unitIds.includes(id));
  return {
    patch: { workOrderIds: [...current.workOrderIds, ...added], unitIds: [...current.unitIds, ...units] },
    details: { linked: added, workOrders: current.workOrderIds.length + added.length },
  };
};

/** R23.2 可申请延期一次: one application per case, before its limit ends, of at most 10 working days, with a reason. */
const requestExtension: Step<'request-case-extension'> = (current, command, context) => {
  const count = (context.policy ?? TimeLimitPolicy.regulation()).get('supervision-extension-count');
  if (current.extension || current.extensionsGranted >= count.value) {
    throw new RegulationViolationError('R23.2', `a supervision case may apply for an extension ${count.value} time(s)`);
  }
  if (isOverdue(current.deadline, context.now)) {
    throw new RegulationViolationError('R23.2', 'an extension is applied for before the limit ends', {
      due: toDeadlineView(current.deadline).due,
    });
  }
  const reason = text(command.reason, 'R23.2', 'the reason (why the case is complex)');
  // Checks the number of days against the maximum (422) before anything is recorded.
  const extended = extendDeadline(current.deadline, command.workingDays, context);
  const extension = {
    ...(command.id ? { id: command.id } : {}),
    workingDays: command.workingDays,
    reason,
    requestedAt: context.now,
    ...(context.actor.unitId ? { unitId: context.actor.unitId } : {}),
  };
  return {
    patch: { extension },
    details: { workingDays: command.workingDays, reason, wouldBeDue: toDeadlineView(extended).due },
  };
};

function pendingExtension(current: SupervisionCase) {
  if (!current.extension || current.extension.decision) {
    throw new StateConflictError(`supervision case ${current.id} has no extension awaiting a decision`);
  }
  return current.extension;
}

const approveExtension: Step<'approve-case-extension'> = (current, command, context) => {
  const extension = pendingExtension(current);
  const deadline = extendDeadline(current.deadline, extension.workingDays, context);
  const decided = {
    ...extension,
    decision: 'approved' as const,
    decidedAt: context.now,
    ...optionalText(command.comment),
  };
  return {
    patch: {
      deadline,
      extension: decided,
      extensionsGranted: current.extensionsGranted + 1,
      ...(isOverdue(deadline, context.now) ? {} : { overdueAt: undefined }),
    },
    details: {
      workingDays: extension.workingDays,
      deadline: toDeadlineView(deadline),
      ...optionalText(command.comment),
    },
  };
};

const rejectExtension: Step<'reject-case-extension'> = (current, command, context) => {
  const extension = pendingExtension(current);
  const decided = {
    ...extension,
    decision: 'rejected' as const,
    decidedAt: context.now,
    ...optionalText(command.comment),
  };
  return {
    patch: { extension: decided },
    details: { workingDays: extension.workingDays, ...optionalText(command.comment) },
  };
};

const answer: Step<'answer-case'> = (current, command, context) => {
  const answered = text(command.answer, 'R23.2', 'the answer');
  return {
    patch: { answers: current.answers + 1, lastAnsweredAt: context.now },
    details: { answer: answered, unitId: context.actor.unitId, inTime: !isOverdue(current.deadline, context.now) },
  };
};

const markOverdue: Step<'mark-case-overdue'> = (current, _command, context) => {
  if (!isOverdue(current.deadline, context.now)) {
    throw new RegulationViolationError('R23.3', 'the limit of the case has not passed');
  }
  if (current.overdueAt) throw new StateConflictError(`supervision case ${current.id} is already overdue`);
  return { patch: { overdueAt: context.now }, details: { deadline: toDeadlineView(current.deadline) } };
};

const resolve: Step<'resolve-case'> = (current, command, context) => {
  const result = text(command.result, 'R23.2', 'the result');
  const inTime = !isOverdue(current.deadline, context.now);
  return { to: 'resolved', patch: { result, resolvedAt: context.now }, details: { result, inTime } };
};

/**
 * R23.3 经督办后仍未得到解决: a case still unsolved when its limit has passed goes to the inspection office; within
 * its limit only with the supervisor's reason (422 without).
 */
const escalate: Step<'escalate-case'> = (current, command, context) => {
  const withinLimit = !isOverdue(current.deadline, context.now);
  const reason = command.reason?.trim() || undefined;
  if (withinLimit && !reason) {
    throw new RegulationViolationError('R23.3', 'a case within its limit is escalated only with a reason', {
      due: toDeadlineView(current.deadline).due,
    });
  }
  const escalation = { at: context.now, to: INSPECTION_OFFICE, withinLimit, ...(reason ? { reason } : {}) } as const;
  return {
    to: 'escalated',
    patch: { escalation },
    details: { to: INSPECTION_OFFICE, withinLimit, ...(reason ? { reason } : {}) },
  };
};

const STEPS: { readonly [E in SupervisionCaseCommand['event']]: Step<E> } = {
  'link-work-orders': linkWorkOrders,
  'request-case-extension': requestExtension,
  'approve-case-extension': approveExtension,
  'reject-case-extension': rejectExtension,
  'answer-case': answer,
  'mark-case-overdue': markOverdue,
  'resolve-case': resolve,
  'escalate-case': escalate,
};

export function changeOf(
  current: SupervisionCase,
  command: SupervisionCaseCommand,
  context: WorkOrderContext,
): CaseChange {
  const step = STEPS[command.event] as Step<SupervisionCaseCommand['event']>;
  return step(current, command, context);
}
