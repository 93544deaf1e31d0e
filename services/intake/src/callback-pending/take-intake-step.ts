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
 * step and its event, and intake's own row of the work order (its status, read by Open311), in one transaction.
 * Intake's follower skips its own step events (the version is already here), so the row is kept current here.
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
      await this.workOrders.update(manager, workOrderId, { ...row, status: transition.order.status, updatedAt: now });
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
