import type { Actor } from '../reference/roles';
import { unitRoleIn } from './unit-access';
import type { WorkOrder } from './work-order';

/**
 * R15.5, R18.1: a co-handling unit's (会同) reply is its contribution to the lead unit's reply and changes nothing on
 * the work order; anyone else's reply is the step the centre reviews (which only the lead unit may take).
 */
export function replyIsContribution(actor: Actor, order: Pick<WorkOrder, 'assignment'>): boolean {
  return actor.role === 'unit' && unitRoleIn(order, actor.unitId) === 'co';
}
