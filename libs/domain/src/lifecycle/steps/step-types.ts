import type { Actor } from '../../reference/roles';
import type { DeadlineRules } from '../../time-limits/deadlines';
import type { WorkOrder } from '../work-order';
import type { CommandOf, WorkOrderCommand } from '../work-order-commands';
import type { WorkOrderStatus } from '../work-order-status';

export interface StepContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly rules: DeadlineRules;
}

export type WorkOrderPatch = { -readonly [K in keyof WorkOrder]?: WorkOrder[K] };

export interface StepResult {
  readonly to: WorkOrderStatus;
  readonly patch: WorkOrderPatch;
  readonly details?: Readonly<Record<string, unknown>>;
}

export type StepHandler<E extends WorkOrderCommand['event']> = (
  order: WorkOrder,
  command: CommandOf<E>,
  context: StepContext,
) => StepResult;

export type StepHandlers<E extends WorkOrderCommand['event']> = { readonly [K in E]: StepHandler<K> };
