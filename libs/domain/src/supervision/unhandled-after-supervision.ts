import type { WorkOrderStatus } from '../lifecycle/work-order-status';
import type { SupervisionCaseStatus } from './supervision-case-transitions';

/** The work orders' states that count as handled (办结) or finished when Art. 26(2) asks whether supervision worked. */
export const HANDLED_WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = [
  'completed',
  'closed',
  'closed-online',
  'rejected',
  'unsatisfied',
];

/** The case states in which supervision has done what it can: resolved by the office, or escalated (R23.3). */
export const SUPERVISION_ENDED_STATUSES: readonly SupervisionCaseStatus[] = ['resolved', 'escalated'];

/**
 * R26.1, Art. 26(2) 应办未办，经督办仍未办理: a work order whose supervision case has ended while the order itself is
 * still not handled.
 */
export function isUnhandledAfterSupervision(
  caseStatus: SupervisionCaseStatus,
  workOrderStatus: WorkOrderStatus,
): boolean {
  return SUPERVISION_ENDED_STATUSES.includes(caseStatus) && !HANDLED_WORK_ORDER_STATUSES.includes(workOrderStatus);
}
