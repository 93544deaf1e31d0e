import { RegulationViolationError, type RequirementId } from '../../errors/domain-error';
import { isRejectionReasonCode, type RejectionReasonCode } from '../../reference/rejection-reasons';
import { type ComputedDeadline, isOverdue, toDeadlineView } from '../../time-limits/deadlines';
import type { WorkOrder, WorkOrderDeadlines } from '../work-order';

/** A text the regulation asks for (a basis, a reason, evidence): present and not blank, or 422. */
export function requireText(value: unknown, requirement: RequirementId, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RegulationViolationError(requirement, `${what} is required`, { field: what });
  }
  return value.trim();
}

/** R13.1 one of the nine reasons of Art. 13, or 422. */
export function requireRejectionReasonCode(value: unknown): RejectionReasonCode {
  if (!isRejectionReasonCode(value))
    throw new RegulationViolationError('R13.1', `reason code must be 1–9, not ${String(value)}`);
  return value;
}

export function requireBoolean(value: unknown, requirement: RequirementId, what: string): boolean {
  if (typeof value !== 'boolean') {
    throw new RegulationViolationError(requirement, `${what} must be recorded (true or false)`, { field: what });
  }
  return value;
}

export function requireDeadline(
  deadline: ComputedDeadline | undefined,
  requirement: RequirementId,
  what: string,
): ComputedDeadline {
  if (!deadline) throw new RegulationViolationError(requirement, `the work order has no ${what} deadline`);
  return deadline;
}

/** A new dispatch or a return starts the unit's limits over; only the intake's call-back limit stays. */
export function deadlinesBeforeDispatch(order: WorkOrder): WorkOrderDeadlines {
  const { onlineCallback } = order.deadlines;
  return onlineCallback ? { onlineCallback } : {};
}

/** Whether a step came in time, for the record. */
export function timeliness(deadline: ComputedDeadline | undefined, now: Date): Record<string, unknown> {
  if (!deadline) return {};
  return { inTime: !isOverdue(deadline, now), deadline: toDeadlineView(deadline) };
}
