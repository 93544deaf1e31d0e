import { SupervisionCaseView } from '@hotline/contracts';
import {
  isOverdue,
  SUPERVISION_METHOD_NAMES,
  SUPERVISION_TRIGGERS,
  toBeijingIso,
  toDeadlineView,
} from '@hotline/domain';
import { StoredCase } from './supervision-cases.repository';

/** A case as the API shows it: instants in Beijing time, overdue while open past its limit. */
export function toSupervisionCaseView({ supervisionCase: c, openedBy }: StoredCase, now: Date): SupervisionCaseView {
  const { kind: _kind, policy: _policy, ...deadline } = toDeadlineView(c.deadline);
  const extension = c.extension;
  return {
    id: c.id,
    trigger: c.trigger,
    triggerText: SUPERVISION_TRIGGERS[c.trigger - 1]?.zh ?? String(c.trigger),
    method: c.method,
    methodText: SUPERVISION_METHOD_NAMES[c.method],
    ...(c.source ? { source: c.source } : {}),
    ...(c.hotSpotId ? { hotSpotId: c.hotSpotId } : {}),
    status: c.status,
    version: c.version,
    workOrderIds: [...c.workOrderIds],
    unitIds: [...c.unitIds],
    openedAt: toBeijingIso(c.openedAt),
    openedBy,
    deadline,
    overdue: c.status === 'open' && isOverdue(c.deadline, now),
    ...(c.overdueAt ? { overdueAt: toBeijingIso(c.overdueAt) } : {}),
    ...(extension
      ? {
          extension: {
            ...(extension.id ? { id: extension.id } : {}),
            workingDays: extension.workingDays,
            reason: extension.reason,
            requestedAt: toBeijingIso(extension.requestedAt),
            ...(extension.unitId ? { unitId: extension.unitId } : {}),
            ...(extension.decision ? { decision: extension.decision } : {}),
            ...(extension.decidedAt ? { decidedAt: toBeijingIso(extension.decidedAt) } : {}),
            ...(extension.comment ? { comment: extension.comment } : {}),
          },
        }
      : {}),
    extensionsGranted: c.extensionsGranted,
    answers: c.answers,
    ...(c.lastAnsweredAt ? { lastAnsweredAt: toBeijingIso(c.lastAnsweredAt) } : {}),
    ...(c.escalation
      ? {
          escalation: {
            at: toBeijingIso(c.escalation.at),
            to: c.escalation.to,
            withinLimit: c.escalation.withinLimit,
            ...(c.escalation.reason ? { reason: c.escalation.reason } : {}),
          },
        }
      : {}),
    ...(c.result ? { result: c.result } : {}),
    ...(c.resolvedAt ? { resolvedAt: toBeijingIso(c.resolvedAt) } : {}),
  };
}
