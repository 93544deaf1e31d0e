import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { IllegalTransitionError, RoleNotAllowedError } from '../errors/domain-error';
import type { Actor } from '../reference/roles';
import type { TimeLimitPolicy } from '../time-limits/time-limit-policy';
import { type TransitionDefinition, transitionOf, WORK_ORDER_TRANSITIONS } from './lifecycle-transitions';
import { CALLBACK_STEPS } from './steps/callback-steps';
import { DISPATCH_STEPS } from './steps/dispatch-steps';
import { EXTENSION_STEPS } from './steps/extension-steps';
import { INTAKE_STEPS } from './steps/intake-steps';
import { REPLY_STEPS } from './steps/reply-steps';
import { SIGNING_STEPS } from './steps/signing-steps';
import type { StepHandler, StepHandlers } from './steps/step-types';
import type { WorkOrder, WorkOrderStep } from './work-order';
import type { WorkOrderCommand } from './work-order-commands';
import type { WorkOrderEvent } from './work-order-events';
import { onlyTheLeadUnit, unitRoleIn } from './unit-access';

/** Who acts, when (an injected clock), and optionally the calendar and time-limit policy of the deployment. */
export interface WorkOrderContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly calendar?: WorkingDayCalendar;
  readonly policy?: TimeLimitPolicy;
}

export interface WorkOrderTransition {
  readonly order: WorkOrder;
  readonly step: WorkOrderStep;
}

const STEPS: StepHandlers<WorkOrderCommand['event']> = {
  ...INTAKE_STEPS,
  ...DISPATCH_STEPS,
  ...SIGNING_STEPS,
  ...EXTENSION_STEPS,
  ...REPLY_STEPS,
  ...CALLBACK_STEPS,
};

/** The role check of a transition, including a unit acting only on work orders it leads. */
export function checkActor(transition: TransitionDefinition, actor: Actor, order?: WorkOrder): void {
  if (!transition.roles.includes(actor.role)) {
    throw new RoleNotAllowedError(transition.event, actor.role, transition.roles);
  }
  if (actor.role === 'unit' && (!actor.unitId || actor.unitId !== order?.assignment?.leadUnitId)) {
    const reason =
      order && unitRoleIn(order, actor.unitId) === 'co'
        ? onlyTheLeadUnit(transition.event, actor.unitId)
        : `unit '${actor.unitId ?? '?'}' is not the lead unit of this work order`;
    throw new RoleNotAllowedError(transition.event, actor.role, transition.roles, reason);
  }
}

/**
 * Takes one step of the lifecycle. Refuses with RoleNotAllowedError (403) for the wrong role or unit,
 * IllegalTransitionError (409) for a step not allowed in the current state, and
 * RegulationViolationError (422) when a rule of the regulation refuses it.
 */
export function applyWorkOrderCommand(
  order: WorkOrder,
  command: WorkOrderCommand,
  context: WorkOrderContext,
): WorkOrderTransition {
  const transition = transitionOf(command.event);
  checkActor(transition, context.actor, order);
  if (!transition.from.includes(order.status)) {
    throw new IllegalTransitionError(command.event, order.status, transition.from);
  }
  const handler = STEPS[command.event] as StepHandler<WorkOrderCommand['event']>;
  const rules = { calendar: context.calendar, policy: context.policy };
  const result = handler(order, command as never, { actor: context.actor, now: context.now, rules });
  if (!transition.to.includes(result.to)) {
    throw new Error(`step '${command.event}' reached '${result.to}', which its transition does not list`);
  }
  const next: WorkOrder = { ...order, ...result.patch, status: result.to, version: order.version + 1 };
  return {
    order: next,
    step: {
      workOrderId: order.id,
      version: next.version,
      event: command.event,
      from: order.status,
      to: result.to,
      at: context.now,
      actor: context.actor,
      requirements: transition.requirements,
      details: result.details ?? {},
    },
  };
}

/** The steps this actor could take now (role, unit and state; the regulation's rules are checked on the step). */
export function availableEvents(order: WorkOrder, actor: Actor): WorkOrderEvent[] {
  return WORK_ORDER_TRANSITIONS.filter((transition) => {
    if (!transition.from.includes(order.status)) return false;
    try {
      checkActor(transition, actor, order);
      return true;
    } catch {
      return false;
    }
  }).map((transition) => transition.event);
}
