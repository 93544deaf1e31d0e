import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrder, WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { assertUnitLeads } from './unit-scope';

/** Checks that may refuse a step after the order is locked and before the domain sees it. */
export type StepGuard = (current: WorkOrder) => void;

/**
 * One step of the lifecycle taken by handling: the work order locked, a unit's scope checked (403),
 * then the domain's rules, the new version and its step event (outbox), all in one transaction.
 */
@Injectable()
export class HandlingSteps {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
  ) {}

  async take(
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
    guard?: StepGuard,
  ): Promise<WorkOrderTransition> {
    return this.transactions.afterHandover(workOrderId, 'handling', async (manager) => {
      const current = await this.states.lock(manager, workOrderId);
      assertUnitLeads(actor, current, command.event);
      guard?.(current);
      return this.takeLocked(manager, actor, workOrderId, command, now);
    });
  }

  /** The step on a work order this transaction already locked. */
  takeLocked(
    manager: EntityManager,
    actor: Actor,
    workOrderId: string,
    command: WorkOrderCommand,
    now: Date,
  ): Promise<WorkOrderTransition> {
    return this.states.takeStep(manager, 'handling', workOrderId, command, {
      actor: domainActorOf(actor),
      now,
      ...this.calendar.rules(),
      eventActor: actor,
    });
  }
}
