import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, domainActorOf, ReturnDecisionCommand, SYSTEM_ACTOR, WorkOrderView } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrder } from '@hotline/domain';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AssignUnits, UnitChoice } from '../dispatching/assign-units';
import { RouteWorkOrder } from '../dispatching/route-work-order';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { ReturnReviewRecord } from './return-review.entity';

/**
 * POST …/returns/{rid}/decision (R16.3). Rejected: the unit goes on handling it. Approved: duty is
 * re-determined and, in the same transaction, the system dispatches it again — to the reviewer's unit or to
 * the routing suggestion without the returning unit; with neither it waits for the operator.
 */
@Injectable()
export class DecideReturnUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly routing: RouteWorkOrder,
    private readonly units: AssignUnits,
  ) {}

  async execute(workOrderId: string, returnId: string, decision: ReturnDecisionCommand, actor: Actor, now: Date): Promise<WorkOrderView> {
    await this.states.awaitHandover(this.dataSource, workOrderId, 'dispatch');
    return this.dataSource.transaction(async (manager) => {
      await this.states.lock(manager, workOrderId);
      const review = await manager.findOne(ReturnReviewRecord, { where: { id: returnId, workOrderId } });
      if (!review) throw new NotFoundException(`no return request ${returnId} of work order ${workOrderId}`);
      if (review.decision) throw new ConflictException({ message: `return request ${returnId} was already ${review.decision}`, details: { decision: review.decision } });
      if (decision.approve && decision.leadUnitId === review.unitId) {
        throw new UnprocessableEntityException({ message: `R16.3: duty is re-determined; ${review.unitId} returned it and cannot be its lead unit again`, details: { requirement: 'R16.3', field: 'leadUnitId' } });
      }
      const step = decision.approve ? 'approve-return' : 'reject-return';
      const context = { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor };
      let { order } = await this.states.takeStep(manager, 'dispatch', workOrderId, { event: step, ...(decision.comment ? { comment: decision.comment } : {}) }, context);
      let redispatchedTo: string | null = null;
      if (decision.approve) {
        const choice = await this.nextUnits(manager, order, review, decision, actor);
        if (choice) {
          order = (await this.units.assign(manager, workOrderId, choice, { event: 'dispatch', via: 'return-redispatch', actor: SYSTEM_ACTOR, now })).order;
          redispatchedTo = choice.leadUnitId;
        }
      }
      await manager.update(ReturnReviewRecord, { id: review.id }, {
        decision: decision.approve ? 'approved' : 'rejected',
        comment: decision.comment ?? null,
        reviewerId: actor.id,
        decidedAt: now,
        redispatchedTo,
      });
      return this.reader.view(manager, order, actor);
    });
  }

  private async nextUnits(manager: EntityManager, order: WorkOrder, review: ReturnReviewRecord, decision: ReturnDecisionCommand, actor: Actor): Promise<UnitChoice | undefined> {
    if (decision.leadUnitId) {
      return { leadUnitId: decision.leadUnitId, coUnitIds: decision.coUnitIds ?? [], basis: { source: 'chosen', by: actor.id, role: actor.role, returnId: review.id } };
    }
    const { result } = await this.routing.route(manager, order, { excludeUnitIds: [review.unitId] });
    if (!result.found) return undefined;
    return {
      leadUnitId: result.leadUnitId,
      coUnitIds: result.coUnitIds,
      ...(result.emergencyCategory ? { emergencyCategory: result.emergencyCategory } : {}),
      basis: { source: 'suggestion', ...result.basis, explanation: result.explanation, returnId: review.id },
    };
  }
}
