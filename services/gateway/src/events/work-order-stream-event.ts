import { type Principal, type Role } from '@hotline/auth';
import { type WorkOrderStreamEvent } from '@hotline/contracts';
import { type Actor, maySeeWorkOrder, workOrderVisibilityOf } from '@hotline/domain';

const CENTRE_ROLES: readonly Role[] = ['operator', 'reviewer', 'supervisor', 'admin'];

/** The stream's reader: a centre role sees every step, a unit account the steps of its own work orders. */
export function streamActorOf(principal: Principal): Actor | undefined {
  const centre = principal.roles.find((role) => CENTRE_ROLES.includes(role));
  const role = centre ?? (principal.roles.includes('unit') ? 'unit' : undefined);
  if (!role) return undefined;
  return { id: principal.sub, role, ...(principal.unitId ? { unitId: principal.unitId } : {}) };
}

interface Envelope {
  id?: unknown;
  type?: unknown;
  occurredAt?: unknown;
  workOrderId?: unknown;
  payload?: Record<string, unknown>;
}

/**
 * One work-order event as the reader may see it, or undefined: a unit sees a step of an order it leads or co-handles
 * (`maySeeWorkOrder`, judged on the state after the step), centre staff every step and every new order.
 */
export function streamEventFor(actor: Actor, envelope: Envelope): WorkOrderStreamEvent | undefined {
  const payload = envelope.payload ?? {};
  const workOrderId = typeof payload['workOrderId'] === 'string' ? payload['workOrderId'] : envelope.workOrderId;
  if (typeof workOrderId !== 'string' || typeof envelope.type !== 'string') return undefined;
  const state = (payload['state'] ?? {}) as { assignment?: { leadUnitId?: string; coUnitIds?: string[] } };
  const assignment = state.assignment
    ? { leadUnitId: String(state.assignment.leadUnitId), coUnitIds: [...(state.assignment.coUnitIds ?? [])] }
    : undefined;
  const visibility = workOrderVisibilityOf(actor);
  if (visibility.kind === 'none') return undefined;
  if (visibility.kind === 'handled-by' && !maySeeWorkOrder(actor, { assignment })) return undefined;
  return {
    eventId: String(envelope.id),
    type: envelope.type,
    workOrderId,
    ...(typeof payload['version'] === 'number' ? { version: payload['version'] } : {}),
    ...(typeof payload['step'] === 'string' ? { step: payload['step'] } : {}),
    ...('from' in payload ? { from: payload['from'] as string | null } : {}),
    ...(typeof payload['to'] === 'string' ? { to: payload['to'] } : {}),
    at: typeof payload['at'] === 'string' ? payload['at'] : String(envelope.occurredAt),
    ...(assignment ? { leadUnitId: assignment.leadUnitId } : {}),
    coUnitIds: assignment?.coUnitIds ?? [],
  };
}
