import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf, RaiseDifficultyCommand as DifficultyInput, WorkOrderView } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DifficultMatterRepository } from './difficult-matter.repository';

export class RaiseDifficultyCommand {
  constructor(
    readonly workOrderId: string,
    readonly difficulty: DifficultyInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST …/coordination (R21.1) on a work order dispatch owns (awaiting dispatch, or a return under review):
 * the office (市热线信箱办) coordinates. In a state handling owns, the answer is 409 with `details.writer`.
 */
@Injectable()
export class RaiseDifficultyUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly matters: DifficultMatterRepository,
  ) {}

  async execute({ workOrderId, difficulty, actor, now }: RaiseDifficultyCommand): Promise<WorkOrderView> {
    return this.transactions.run(async (manager) => {
      const command = {
        event: 'raise-difficulty' as const,
        kind: difficulty.kind,
        ...(difficulty.note ? { note: difficulty.note } : {}),
      };
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      const { order } = await this.states.takeStep(manager, 'dispatch', workOrderId, command, context);
      await this.matters.record(manager, {
        workOrderId,
        raisedVersion: order.version,
        kind: difficulty.kind,
        note: difficulty.note ?? null,
        raisedBy: actor,
        raisedAt: now,
      });
      return this.reader.view(manager, order, actor);
    });
  }
}
