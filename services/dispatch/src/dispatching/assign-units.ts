import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { EmergencyCategory, emergencyDestinationIssue, WorkOrderTransition } from '@hotline/domain';
import { WorkOrderStates } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { UnitRecord } from '../units/unit.entity';
import { toRoutingUnit } from '../units/unit-view';
import { AssignmentRecord } from './assignment.entity';

export interface UnitChoice {
  leadUnitId: string;
  coUnitIds: readonly string[];
  emergencyCategory?: EmergencyCategory;
  /** why these units: the routing suggestion followed, or whose choice it was */
  basis: Record<string, unknown>;
}

export type AssignmentVia = 'dispatch' | 'return-redispatch' | 'office-coordination' | 'city-government-coordination';

/**
 * Gives a work order to its units (R15.3–R15.5, R21.1): the units must be in the directory and active, the
 * step is the domain's (one lead, co units distinct), and the assignment is recorded in the same transaction.
 */
@Injectable()
export class AssignUnits {
  constructor(
    private readonly states: WorkOrderStates,
    private readonly calendar: WorkingCalendar,
  ) {}

  async assign(
    manager: EntityManager,
    workOrderId: string,
    choice: UnitChoice,
    step: { event: 'dispatch' | 'assign-by-coordination'; via: AssignmentVia; actor: Actor; now: Date },
  ): Promise<WorkOrderTransition> {
    await this.check(manager, choice);
    const command =
      step.event === 'dispatch'
        ? { event: 'dispatch' as const, leadUnitId: choice.leadUnitId, coUnitIds: choice.coUnitIds, ...(choice.emergencyCategory ? { emergencyCategory: choice.emergencyCategory } : {}) }
        : { event: 'assign-by-coordination' as const, leadUnitId: choice.leadUnitId, coUnitIds: choice.coUnitIds };
    const transition = await this.states.takeStep(manager, 'dispatch', workOrderId, command, {
      actor: domainActorOf(step.actor),
      now: step.now,
      ...this.calendar.rules(),
      eventActor: step.actor,
    });
    await manager.insert(AssignmentRecord, {
      id: randomUUID(),
      workOrderId,
      dispatchNo: transition.order.dispatchCount,
      leadUnitId: choice.leadUnitId,
      coUnitIds: [...choice.coUnitIds],
      via: step.via,
      basis: choice.basis as never,
      emergencyCategory: choice.emergencyCategory ?? null,
      assignedBy: { ...step.actor } as never,
      assignedAt: step.now,
    });
    return transition;
  }

  /** The units are in the directory and active, and an emergency goes where R15.4 says (422 otherwise). */
  async check(manager: EntityManager, choice: UnitChoice): Promise<void> {
    const ids = [choice.leadUnitId, ...choice.coUnitIds];
    const units = await manager.find(UnitRecord, { where: { id: In(ids) } });
    const usable = new Set(units.filter((unit) => unit.active).map((unit) => unit.id));
    const issues = [
      ...(usable.has(choice.leadUnitId) ? [] : [{ path: 'leadUnitId', message: `no active unit '${choice.leadUnitId}' in the directory` }]),
      ...choice.coUnitIds.flatMap((id, index) => (usable.has(id) ? [] : [{ path: `coUnitIds.${index}`, message: `no active unit '${id}' in the directory` }])),
    ];
    if (issues.length > 0) {
      throw new UnprocessableEntityException({ message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), details: { issues } });
    }
    if (choice.emergencyCategory) {
      const problem = emergencyDestinationIssue(choice.emergencyCategory, choice.leadUnitId, units.map(toRoutingUnit));
      if (problem) throw new UnprocessableEntityException({ message: problem, details: { requirement: 'R15.4', field: 'leadUnitId' } });
    }
  }
}
