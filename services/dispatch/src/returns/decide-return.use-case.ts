import { Injectable } from '@nestjs/common';
import {
  Actor,
  domainActorOf,
  ReturnDecisionCommand as ReturnDecisionInput,
  SYSTEM_ACTOR,
  WorkOrderView,
} from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { choiceOfSuggestion, NotFoundError, reviewReturn, UnitChoice, WorkOrder } from '@hotline/domain';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { AssignUnits } from '../dispatching/assign-units';
import { RouteWorkOrder } from '../dispatching/route-work-order';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { ReturnReviewRecord } from './return-review.entity';
import { ReturnReviewRepository } from './return-review.repository';

export class DecideReturnCommand {
  constructor(
    readonly workOrderId: string,
    readonly returnId: string,
    readonly decision: ReturnDecisionInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST …/returns/{rid}/decision (R16.3). Rejected: the unit goes on handling it. Approved: duty is
 * re-determined and, in the same transaction, the system dispatches it again — to the reviewer's unit or to
 * the routing suggestion without the returning unit; with neither it waits for the operator.
 */
@Injectable()
export class DecideReturnUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly routing: RouteWorkOrder,
    private readonly units: AssignUnits,
    private readonly returns: ReturnReviewRepository,
  ) {}

  async execute(command: DecideReturnCommand): Promise<WorkOrderView> {
    const { workOrderId, returnId, decision, actor, now } = command;
    return this.transactions.afterHandover(workOrderId, 'dispatch', async (manager) => {
      await this.states.lock(manager, workOrderId);
      const review = await this.returns.findOf(manager, workOrderId, returnId);
      if (!review) throw new NotFoundError(`no return request ${returnId} of work order ${workOrderId}`);
      const outcome = reviewReturn(review, decision);
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      let { order } = await this.states.takeStep(
        manager,
        'dispatch',
        workOrderId,
        { event: outcome.step, ...(decision.comment ? { comment: decision.comment } : {}) },
        context,
      );
      let redispatchedTo: string | null = null;
      if (outcome.decision === 'approved') {
        const choice = await this.nextUnits(manager, order, review, outcome.excludeUnitIds, command);
        if (choice) {
          order = (
            await this.units.assign(manager, workOrderId, choice, {
              event: 'dispatch',
              via: 'return-redispatch',
              actor: SYSTEM_ACTOR,
              now,
            })
          ).order;
          redispatchedTo = choice.leadUnitId;
        }
      }
      await this.returns.recordDecision(manager, review.id, {
        decision: outcome.decision,
        comment: decision.comment ?? null,
        reviewerId: actor.id,
        decidedAt: now,
        redispatchedTo,
      });
      return this.reader.view(manager, order, actor);
    });
  }

  private async nextUnits(
    manager: EntityManager,
    order: WorkOrder,
    review: ReturnReviewRecord,
    excludeUnitIds: readonly string[],
    { decision, actor }: DecideReturnCommand,
  ): Promise<UnitChoice | undefined> {
    if (decision.leadUnitId) {
      return {
        leadUnitId: decision.leadUnitId,
        coUnitIds: decision.coUnitIds ?? [],
        basis: { source: 'chosen', by: actor.id, role: actor.role, returnId: review.id },
      };
    }
    const { result } = await this.routing.route(manager, order, { excludeUnitIds });
    return result.found ? choiceOfSuggestion(result, { extraBasis: { returnId: review.id } }) : undefined;
  }
}
