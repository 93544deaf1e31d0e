import { Injectable } from '@nestjs/common';
import {
  Actor,
  CoordinationDecisionCommand as CoordinationDecisionInput,
  domainActorOf,
  WorkOrderView,
} from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { coordinationOf, coordinationVia } from '@hotline/domain';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { AssignUnits } from '../dispatching/assign-units';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DifficultMatterRepository } from './difficult-matter.repository';

export class DecideCoordinationCommand {
  constructor(
    readonly workOrderId: string,
    readonly decision: CoordinationDecisionInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST …/coordination/decision (R21.1, supervisor): the office names the unit (assign), or asks the city
 * government (escalate); after escalation the supervisor records the unit the city government named (assign).
 */
@Injectable()
export class DecideCoordinationUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly units: AssignUnits,
    private readonly matters: DifficultMatterRepository,
  ) {}

  async execute(command: DecideCoordinationCommand): Promise<WorkOrderView> {
    const { workOrderId, decision, actor, now } = command;
    const coordination = coordinationOf(decision);
    const note = decision.note ? { note: decision.note } : {};
    return this.transactions.afterHandover(workOrderId, 'dispatch', async (manager) => {
      const current = await this.states.lock(manager, workOrderId);
      const matter = await this.matters.findOpen(manager, workOrderId);
      if (coordination.action === 'escalate') {
        const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
        const { order } = await this.states.takeStep(
          manager,
          'dispatch',
          workOrderId,
          { event: 'escalate-difficulty', ...note },
          context,
        );
        if (matter) await this.matters.markEscalated(manager, matter.id, now);
        return this.reader.view(manager, order, actor);
      }
      const via = coordinationVia(current.status);
      const choice = {
        leadUnitId: coordination.leadUnitId,
        coUnitIds: decision.coUnitIds ?? [],
        basis: { source: via, by: actor.id, ...note },
      };
      const { order } = await this.units.assign(manager, workOrderId, choice, {
        event: 'assign-by-coordination',
        via,
        actor,
        now,
      });
      if (matter)
        await this.matters.markResolved(manager, matter.id, {
          assignedUnitId: choice.leadUnitId,
          resolvedBy: actor.id,
          resolvedAt: now,
        });
      return this.reader.view(manager, order, actor);
    });
  }
}
