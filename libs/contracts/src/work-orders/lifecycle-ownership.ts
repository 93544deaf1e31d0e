import { WorkOrderStatus } from '@hotline/domain';
import { BackendServiceName } from '../platform/services';

/**
 * Which service takes the steps of a work order in each state: exactly one writer at a time, so two
 * services never change the same work order concurrently. The others follow its step events. A return
 * request waits in dispatch, which reviews it and dispatches again (R16.3).
 * An appeal of a result that sent the order back for re-handling is taken by handling, which holds it then.
 */
export const WORK_ORDER_WRITER: Readonly<Record<WorkOrderStatus, BackendServiceName | null>> = {
  received: 'intake',
  'callback-pending': 'intake',
  'awaiting-dispatch': 'dispatch',
  coordinating: 'dispatch',
  escalated: 'dispatch',
  dispatched: 'handling',
  handling: 'handling',
  'return-requested': 'dispatch',
  'extension-requested': 'handling',
  replied: 'handling',
  rehandling: 'handling',
  completed: 'callbacks',
  unsatisfied: 'callbacks',
  'appeal-requested': 'callbacks',
  // Art. 20 全面回访: answered online, it still awaits its callback; unsatisfied, the operator dispatches it again
  'closed-online': 'callbacks',
  reopened: 'intake',
  rejected: null,
  closed: null,
};

export function isWriterOf(service: BackendServiceName, status: WorkOrderStatus): boolean {
  return WORK_ORDER_WRITER[status] === service;
}
