import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { IntakeWorkOrderRepository } from '../requests/intake-work-order.repository';

/**
 * One step on a work order intake owns (WORK_ORDER_WRITER: callback-pending), at the clock's time: the domain's
 * step on intake's copy (whose status Open311 reads) and its event, and what the step records in intake's row of the
 * work order (the article an online answer cites), in one transaction.
 */
@Injectable()
export class TakeIntakeStep {
  constructor(
    private readonly transactions: Transactions,
    private readonly workOrders: IntakeWorkOrderRepository,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  run(
    workOrderId: string,
    command: WorkOrderCommand,
    actor: Actor,
    row: Partial<IntakeWorkOrder> = {},
  ): Promise<{ transition: WorkOrderTransition; number: string | undefined }> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      const transition = await this.states.takeStep(manager, 'intake', workOrderId, command, context);
      if (Object.keys(row).length > 0) await this.workOrders.update(manager, workOrderId, row);
      return { transition, number: await this.workOrders.numberOf(manager, workOrderId) };
    });
  }

  /** The status of intake's copy, locked for a transaction of its own (404 for an unknown work order). */
  statusOf(workOrderId: string): Promise<string> {
    return this.transactions.run(
      async (manager: EntityManager) => (await this.states.lock(manager, workOrderId)).status,
    );
  }
}
