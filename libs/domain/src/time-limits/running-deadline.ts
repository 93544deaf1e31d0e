import type { WorkOrder } from '../lifecycle/work-order';
import type { ComputedDeadline } from './deadlines';

/**
 * The limit a work order is running against in its current state, if any: the call back while it waits
 * for one (R15.2), signing while dispatched (R16.1), handling (R17.1, moved by an extension R17.2) or
 * re-handling (R20.2) while a unit works on it or the centre reviews the reply (R19.1: a failed reply goes
 * on within the original limit). Nothing runs while the centre decides a return or a difficult matter.
 */
export function runningDeadline(order: WorkOrder): ComputedDeadline | undefined {
  switch (order.status) {
    case 'callback-pending':
      return order.deadlines.onlineCallback;
    case 'dispatched':
      return order.deadlines.sign;
    case 'handling':
    case 'extension-requested':
    case 'replied':
    case 'rehandling':
      return order.phase === 'rehandling' ? order.deadlines.rehandling : order.deadlines.handling;
    default:
      return undefined;
  }
}
