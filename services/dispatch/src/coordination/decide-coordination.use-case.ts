import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CoordinationDecisionCommand, domainActorOf, WorkOrderView } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { AssignUnits } from '../dispatching/assign-units';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DifficultMatterRecord } from './difficult-matter.entity';
import { DifficultMatters } from './difficult-matters';

/**
 * POST …/coordination/decision (R21.1, supervisor): the office names the unit (assign), or asks the city
 * government (escalate); after escalation the supervisor records the unit the city government named (assign).
 */
@Injectable()
export class DecideCoordinationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
    private readonly reader: WorkOrderReader,
    private readonly units: AssignUnits,
    private readonly matters: DifficultMatters,
  ) {}

  async execute(workOrderId: string, decision: CoordinationDecisionCommand, actor: Actor, now: Date): Promise<WorkOrderView> {
    if (decision.action === 'assign' && !decision.leadUnitId) {
      throw new BadRequestException({ message: 'leadUnitId: the unit the office or the city government named is required to assign', details: { field: 'leadUnitId' } });
    }
    await this.states.awaitHandover(this.dataSource, workOrderId, 'dispatch');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.states.lock(manager, workOrderId);
      const matter = await this.matters.open(manager, workOrderId);
      if (decision.action === 'escalate') {
        const command = { event: 'escalate-difficulty' as const, ...(decision.note ? { note: decision.note } : {}) };
        const { order } = await this.states.takeStep(manager, 'dispatch', workOrderId, command, { actor: domainActorOf(actor), now, ...this.calendar.rules(), eventActor: actor });
        if (matter) await manager.update(DifficultMatterRecord, { id: matter.id }, { level: 'city-government', escalatedAt: now });
        return this.reader.view(manager, order, actor);
      }
      const via = current.status === 'escalated' ? 'city-government-coordination' : 'office-coordination';
      const choice = { leadUnitId: decision.leadUnitId as string, coUnitIds: decision.coUnitIds ?? [], basis: { source: via, by: actor.id, ...(decision.note ? { note: decision.note } : {}) } };
      const { order } = await this.units.assign(manager, workOrderId, choice, { event: 'assign-by-coordination', via, actor, now });
      if (matter) await manager.update(DifficultMatterRecord, { id: matter.id }, { assignedUnitId: choice.leadUnitId, resolvedBy: actor.id, resolvedAt: now });
      return this.reader.view(manager, order, actor);
    });
  }
}
