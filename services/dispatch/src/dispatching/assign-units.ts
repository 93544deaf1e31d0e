import { Injectable } from '@nestjs/common';
import { Actor, domainActorOf } from '@hotline/contracts';
import { WorkingCalendar } from '@hotline/calendar';
import { assertUsableUnitChoice, UnitChoice, WorkOrderTransition } from '@hotline/domain';
import { WorkOrderStates } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { UnitRepository } from '../units/unit.repository';
import { toRoutingUnit } from '../units/unit-view';
import { AssignmentRepository } from './assignment.repository';

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
    private readonly units: UnitRepository,
    private readonly assignments: AssignmentRepository,
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
        ? {
            event: 'dispatch' as const,
            leadUnitId: choice.leadUnitId,
            coUnitIds: choice.coUnitIds,
            ...(choice.emergencyCategory ? { emergencyCategory: choice.emergencyCategory } : {}),
          }
        : { event: 'assign-by-coordination' as const, leadUnitId: choice.leadUnitId, coUnitIds: choice.coUnitIds };
    const transition = await this.states.takeStep(manager, 'dispatch', workOrderId, command, {
      actor: domainActorOf(step.actor),
      now: step.now,
      ...this.calendar.rules(),
      eventActor: step.actor,
    });
    await this.assignments.insert(manager, {
      id: randomUUID(),
      workOrderId,
      dispatchNo: transition.order.dispatchCount,
      leadUnitId: choice.leadUnitId,
      coUnitIds: [...choice.coUnitIds],
      via: step.via,
      basis: { ...choice.basis },
      emergencyCategory: choice.emergencyCategory ?? null,
      assignedBy: { ...step.actor },
      assignedAt: step.now,
    });
    return transition;
  }

  /** The units are in the directory and active, and an emergency goes where R15.4 says (422 otherwise). */
  async check(manager: EntityManager, choice: UnitChoice): Promise<void> {
    const units = await this.units.findByIds(manager, [choice.leadUnitId, ...choice.coUnitIds]);
    assertUsableUnitChoice(choice, units.map(toRoutingUnit));
  }
}
