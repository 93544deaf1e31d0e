import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkingCalendar } from '@hotline/calendar';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkOrderCommand, WorkOrderTransition } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';

/**
 * One step on a work order intake owns (WORK_ORDER_WRITER: callback-pending), at the clock's time: the domain's
 * step and its event, and intake's own row of the work order (its status, read by Open311), in one transaction.
 * Intake's follower skips its own step events (the version is already here), so the row is kept current here.
 */
@Injectable()
export class TakeIntakeStep {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly clock: Clock,
  ) {}

  run(workOrderId: string, command: WorkOrderCommand, actor: Actor, row: Partial<IntakeWorkOrder> = {}): Promise<{ transition: WorkOrderTransition; number: string | undefined }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      const transition = await this.states.takeStep(manager, 'intake', workOrderId, command, context);
      await manager.update(IntakeWorkOrder, { id: workOrderId }, { ...row, status: transition.order.status, updatedAt: now });
      return { transition, number: await numberOf(manager, workOrderId) };
    });
  }

  /** The status of intake's copy, locked for the caller's transaction (404 for an unknown work order). */
  async statusOf(manager: EntityManager, workOrderId: string): Promise<string> {
    return (await this.states.lock(manager, workOrderId)).status;
  }
}

async function numberOf(manager: EntityManager, workOrderId: string): Promise<string | undefined> {
  return (await manager.findOne(IntakeWorkOrder, { where: { id: workOrderId }, select: { number: true } }))?.number;
}
