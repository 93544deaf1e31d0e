import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, domainActorOf, RaiseDifficultyCommand, WorkOrderView } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DifficultMatters } from './difficult-matters';

/**
 * POST …/coordination (R21.1) on a work order dispatch owns (awaiting dispatch, or a return under review):
 * the office (市热线信箱办) coordinates. In a state handling owns, the answer is 409 with `details.writer`.
 */
@Injectable()
export class RaiseDifficultyUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly matters: DifficultMatters,
  ) {}

  async execute(workOrderId: string, difficulty: RaiseDifficultyCommand, actor: Actor, now: Date): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (manager) => {
      const command = { event: 'raise-difficulty' as const, kind: difficulty.kind, ...(difficulty.note ? { note: difficulty.note } : {}) };
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      const { order } = await this.states.takeStep(manager, 'dispatch', workOrderId, command, context);
      await this.matters.record(manager, { workOrderId, raisedVersion: order.version, kind: difficulty.kind, note: difficulty.note ?? null, raisedBy: actor, raisedAt: now });
      return this.reader.view(manager, order, actor);
    });
  }
}
