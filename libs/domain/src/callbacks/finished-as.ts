import type { WorkOrder } from '../lifecycle/work-order';

/** How a work order awaiting its callback was finished (R20.1 全面回访). */
export type FinishedAs = 'handled' | 'closed-online' | 'answered-by-call-back';

/**
 * R20.1: done after handling when its reply passed review (R19.1); otherwise answered online, on the spot
 * (R15.1) or by call back (R15.2).
 */
export function finishedAs(order: Pick<WorkOrder, 'status' | 'onlineClosure'>): FinishedAs {
  if (order.status === 'completed') return 'handled';
  return order.onlineClosure?.via === 'callback' ? 'answered-by-call-back' : 'closed-online';
}
