import type { WorkOrder } from '../lifecycle/work-order';
import type { WorkOrderStatus } from '../lifecycle/work-order-status';
import type { SupervisionTriggerCode } from '../reference/supervision';
import { isOverdue } from '../time-limits/deadlines';

const STILL_WITH_THE_UNIT: readonly WorkOrderStatus[] = [
  'dispatched',
  'handling',
  'return-requested',
  'extension-requested',
  'replied',
  'rehandling',
];

/**
 * The supervision triggers the system finds on one work order (R23.1): 1 overdue and not done,
 * 3 still unsatisfied after re-handling for the unit's reasons. Trigger 2 (concentrated complaints)
 * needs many work orders and is the statistics' job.
 */
export function detectSupervisionTriggers(order: WorkOrder, now: Date): SupervisionTriggerCode[] {
  const triggers: SupervisionTriggerCode[] = [];
  const limit = order.phase === 'rehandling' ? order.deadlines.rehandling : order.deadlines.handling;
  if (STILL_WITH_THE_UNIT.includes(order.status) && limit && isOverdue(limit, now)) triggers.push(1);
  if (order.supervisionTriggers.includes(3)) triggers.push(3);
  return triggers;
}
