import { invalidField } from '../errors/domain-error';
import type { WorkOrderStatus } from '../lifecycle/work-order-status';

export type CoordinationVia = 'office-coordination' | 'city-government-coordination';

export interface CoordinationDecision {
  readonly action: 'assign' | 'escalate';
  readonly leadUnitId?: string;
}

/** What the office (or, escalated, the city government) decided: the unit it named, or to escalate. */
export type Coordination = { readonly action: 'escalate' } | { readonly action: 'assign'; readonly leadUnitId: string };

/** R21.1: an assignment names the unit the office or the city government named (400 otherwise). */
export function coordinationOf(decision: CoordinationDecision): Coordination {
  if (decision.action === 'escalate') return { action: 'escalate' };
  if (!decision.leadUnitId) {
    throw invalidField('leadUnitId', 'the unit the office or the city government named is required to assign');
  }
  return { action: 'assign', leadUnitId: decision.leadUnitId };
}

/** R21.1: who named the unit of a difficult matter: the city government once the office escalated it, else the office. */
export function coordinationVia(status: WorkOrderStatus): CoordinationVia {
  return status === 'escalated' ? 'city-government-coordination' : 'office-coordination';
}
