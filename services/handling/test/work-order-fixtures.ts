// Unit-tier fixtures of handling: work orders dispatched to LEAD with CO, and a fake of HandlingSteps.
import { Actor, domainActorOf } from '@hotline/contracts';
import { applyWorkOrderCommand, WorkOrder, WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import { CO, dispatchedToLead, FixtureStep, LEAD, MANAGER, unitActor, workOrderThrough } from '@hotline/testing';
import { EntityManager } from 'typeorm';

export {
  beijing,
  CO,
  DOMAIN_REPLY,
  LEAD,
  MANAGER,
  OPERATOR,
  OTHER,
  REPLY,
  REVIEWER,
  unitActor,
} from '@hotline/testing';

/** A complaint dispatched Monday 2026-03-02 10:00 to LEAD with CO, then the given steps (actor, command, time). */
export function workOrderAfter(...steps: FixtureStep[]): WorkOrder {
  return workOrderThrough([...dispatchedToLead([CO]), ...steps]);
}

export const signed = (): WorkOrder => workOrderAfter([unitActor(LEAD), { event: 'sign' }, '2026-03-02 11:00']);

/**
 * HandlingSteps as a use case sees it: runs the guard on `current` as the real one does after the lock, then the
 * domain's step on it; records what it was asked.
 */
export class FakeSteps {
  readonly taken: Array<{ actor: Actor; workOrderId: string; command: WorkOrderCommand; now: Date }> = [];

  constructor(public current: WorkOrder) {}

  async take(
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
    guard?: (current: WorkOrder) => void,
  ): Promise<WorkOrderTransition> {
    guard?.(this.current);
    return this.takeLocked(MANAGER, actor, workOrderId, command, now);
  }

  async takeLocked(
    _manager: EntityManager,
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
  ): Promise<WorkOrderTransition> {
    this.taken.push({ actor, workOrderId, command, now });
    return applyWorkOrderCommand(this.current, command, { actor: domainActorOf(actor), now });
  }
}
