import { IsIn, IsInt, IsObject, IsOptional, IsUUID, Min } from 'class-validator';
import { WORK_ORDER_EVENTS, WORK_ORDER_STATUSES, WorkOrderEvent, WorkOrderStatus } from '@hotline/domain';
import { defineEvent, EventDefinition } from '../events/event-definition';
import { StepPayload } from '../events/step-payload';

/**
 * One step of a work order's lifecycle (R14.1), as taken by the service that owns the work order in its
 * current state. `state` is the whole work order after the step (workOrderToJson of @hotline/domain: no caller
 * identity is ever in it), so every other service keeps its copy by taking the snapshot of the higher version.
 */
export class WorkOrderStepPayload extends StepPayload {
  @IsUUID()
  workOrderId: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsIn(WORK_ORDER_EVENTS)
  step: WorkOrderEvent;

  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  from: WorkOrderStatus | null;

  @IsIn(WORK_ORDER_STATUSES)
  to: WorkOrderStatus;

  @IsObject()
  state: Record<string, unknown>;
}

/** The event name of each step after intake (intake announces its own: created, rejected, closed-online). */
const STEP_EVENT_NAMES = {
  'schedule-callback': 'callback-scheduled',
  'answer-callback': 'callback-answered',
  'accept-for-dispatch': 'accepted-for-dispatch',
  dispatch: 'assigned',
  'raise-difficulty': 'difficulty-raised',
  'escalate-difficulty': 'difficulty-escalated',
  'assign-by-coordination': 'assigned-by-coordination',
  sign: 'signed',
  'deem-signed': 'deemed-signed',
  'request-return': 'return-requested',
  'approve-return': 'return-approved',
  'reject-return': 'return-rejected',
  'request-extension': 'extension-requested',
  'approve-extension': 'extension-approved',
  'reject-extension': 'extension-rejected',
  'record-caller-informed': 'extension-caller-informed',
  'submit-reply': 'replied',
  'pass-reply': 'completed',
  'fail-reply': 'reply-failed',
  'record-callback': 'callback-recorded',
  'request-appeal': 'appeal-requested',
  'approve-appeal': 'appeal-approved',
  'reject-appeal': 'appeal-rejected',
  'close-unsatisfied': 'unsatisfied-closed',
} as const satisfies Partial<Record<WorkOrderEvent, string>>;

export type LifecycleStep = keyof typeof STEP_EVENT_NAMES;
type StepEvents = { readonly [K in LifecycleStep]: EventDefinition<WorkOrderStepPayload> };

/** `WorkOrderStepEvents.sign` is `hotline.workorder.signed.v1`, and so on for every step. */
export const WorkOrderStepEvents: StepEvents = Object.freeze(
  Object.fromEntries(
    Object.entries(STEP_EVENT_NAMES).map(([step, name]) => [
      step,
      defineEvent('workorder', name, 1, WorkOrderStepPayload),
    ]),
  ) as unknown as StepEvents,
);

export const WORK_ORDER_STEP_EVENT_LIST: readonly EventDefinition<WorkOrderStepPayload>[] =
  Object.values(WorkOrderStepEvents);

export function stepEventOf(step: WorkOrderEvent): EventDefinition<WorkOrderStepPayload> {
  const definition = (WorkOrderStepEvents as Partial<Record<WorkOrderEvent, EventDefinition<WorkOrderStepPayload>>>)[
    step
  ];
  if (!definition) throw new Error(`step '${step}' is announced by intake, not as a lifecycle step`);
  return definition;
}
