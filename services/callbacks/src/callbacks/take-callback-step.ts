import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';

/** One step on a work order callbacks owns, at the clock's time, with whatever else must commit with it. */
@Injectable()
export class TakeCallbackStep {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  async run<T>(
    workOrderId: string,
    command: WorkOrderCommand,
    actor: Actor,
    alongside: (manager: EntityManager, transition: WorkOrderTransition) => Promise<T>,
    now: Date = this.clock.now(),
  ): Promise<{ transition: WorkOrderTransition; result: T }> {
    return this.transactions.afterHandover(workOrderId, 'callbacks', async (manager) => {
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      const transition = await this.states.takeStep(manager, 'callbacks', workOrderId, command, context);
      return { transition, result: await alongside(manager, transition) };
    });
  }
}
