import { Injectable, Logger } from '@nestjs/common';
import {
  Actor,
  HotSpotDetectedPayload,
  HotSpotGrewPayload,
  WorkOrderDeadlinePayload,
  WorkOrderStepPayload,
} from '@hotline/contracts';
import {
  branchOrderSupervisionTriggers,
  consequenceOfOverdue,
  detectSupervisionTriggers,
  DomainError,
  NotFoundError,
  SupervisionTriggerCode,
  workOrderFromJson,
} from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { branchOrderTimesOf, BranchOrdersRepository } from '../branch-orders/branch-orders.repository';
import { WorkOrderListingRepository } from '../work-orders/work-order-listing.repository';
import { CaseSteps } from './case-steps';
import { SupervisionCasesRepository } from './supervision-cases.repository';

export const AUTOMATIC_SUPERVISION_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'supervision' }) as Actor;

/**
 * The cases the system opens itself (R23.1 triggers 1–3), by system supervision, once per work order and trigger
 * while the case is not resolved (the case's automatic key is unique then), and once per hot spot ever.
 */
@Injectable()
export class AutomaticCases {
  private readonly logger = new Logger(AutomaticCases.name);

  constructor(
    private readonly steps: CaseSteps,
    private readonly cases: SupervisionCasesRepository,
    private readonly workOrders: WorkOrderListingRepository,
    private readonly branchOrders: BranchOrdersRepository,
  ) {}

  /** A deadline passed: trigger 1 for handling and re-handling, a case goes overdue; signing is deemed elsewhere. */
  async overdue(manager: EntityManager, payload: WorkOrderDeadlinePayload, at: Date): Promise<void> {
    const consequence = consequenceOfOverdue(payload.kind);
    if (consequence.kind === 'open-case') {
      await this.openForWorkOrder(manager, payload.workOrderId, consequence.trigger, at);
    } else if (consequence.kind === 'case-overdue' && payload.caseId) {
      const caseId = payload.caseId;
      await this.ignoringRefusal(`case ${caseId} overdue`, () =>
        this.steps.take(manager, caseId, { event: 'mark-case-overdue' }, AUTOMATIC_SUPERVISION_ACTOR, at),
      );
    }
  }

  /** Trigger 3: the callback after re-handling found the caller unsatisfied again, for the unit's reasons. */
  async afterStep(manager: EntityManager, payload: WorkOrderStepPayload): Promise<void> {
    if (payload.step !== 'record-callback' || payload.details['supervisionTrigger'] !== 3) return;
    await this.openForWorkOrder(manager, payload.workOrderId, 3, new Date(payload.at));
  }

  /** Trigger 2: one case links every work order of the hot spot; a hot spot seen again adds to it. */
  async hotSpotDetected(manager: EntityManager, payload: HotSpotDetectedPayload, at: Date): Promise<void> {
    const existing = await this.cases.lockByHotSpot(manager, payload.hotSpotId);
    if (existing) {
      await this.link(manager, existing.id, payload.workOrderIds, at);
      return;
    }
    const unitIds = await this.unitsOf(manager, payload.workOrderIds);
    const opened = await this.steps.open(
      manager,
      {
        id: uuidv7(),
        workOrderIds: payload.workOrderIds,
        unitIds,
        trigger: 2,
        method: 'system',
        hotSpotId: payload.hotSpotId,
      },
      AUTOMATIC_SUPERVISION_ACTOR,
      at,
    );
    // Another replica opened it meanwhile (the hot spot's unique index): link to that one.
    if (!opened) await this.hotSpotGrew(manager, payload, at);
  }

  async hotSpotGrew(manager: EntityManager, payload: HotSpotGrewPayload, at: Date): Promise<void> {
    const existing = await this.cases.lockByHotSpot(manager, payload.hotSpotId);
    // Detected and grew travel on different consumers: retried until the case exists.
    if (!existing) throw new NotFoundError(`no supervision case of hot spot ${payload.hotSpotId} yet`);
    await this.link(manager, existing.id, payload.workOrderIds, at);
  }

  private async link(manager: EntityManager, caseId: string, workOrderIds: string[], at: Date): Promise<void> {
    const unitIds = await this.unitsOf(manager, workOrderIds);
    await this.steps.take(
      manager,
      caseId,
      { event: 'link-work-orders', workOrderIds, unitIds },
      AUTOMATIC_SUPERVISION_ACTOR,
      at,
    );
  }

  private async openForWorkOrder(
    manager: EntityManager,
    workOrderId: string,
    trigger: SupervisionTriggerCode,
    at: Date,
  ): Promise<void> {
    const units = await this.unitsWithTrigger(manager, workOrderId, trigger, at);
    if (!units) return;
    await this.steps.open(
      manager,
      {
        id: uuidv7(),
        workOrderIds: [workOrderId],
        unitIds: units,
        trigger,
        method: 'system',
      },
      AUTOMATIC_SUPERVISION_ACTOR,
      at,
      { automaticKey: `${trigger}:${workOrderId}` },
    );
  }

  /**
   * The units of a work order on which the system finds the trigger (its lead unit), or of a branch order (the unit
   * answering for it, R10.2); undefined when the trigger is not found there (any more).
   */
  private async unitsWithTrigger(
    manager: EntityManager,
    workOrderId: string,
    trigger: SupervisionTriggerCode,
    at: Date,
  ): Promise<string[] | undefined> {
    const copy = await this.workOrders.findCopy(workOrderId, manager);
    if (copy) {
      const order = workOrderFromJson(copy.state);
      if (!detectSupervisionTriggers(order, at).includes(trigger)) return undefined;
      const leadUnitId = order.assignment?.leadUnitId;
      return leadUnitId ? [leadUnitId] : [];
    }
    const branchOrder = await this.branchOrders.find(workOrderId, manager);
    if (!branchOrder || !branchOrderSupervisionTriggers(branchOrderTimesOf(branchOrder), at).includes(trigger)) {
      return undefined;
    }
    return branchOrder.unitId ? [branchOrder.unitId] : [];
  }

  private async unitsOf(manager: EntityManager, workOrderIds: readonly string[]): Promise<string[]> {
    const units = await this.cases.leadUnitsOf(manager, workOrderIds);
    return [...new Set([...units.values()].filter((unit): unit is string => unit !== null))];
  }

  /** A case resolved, extended or marked meanwhile: the step is refused (409/422) and nothing is to be done. */
  private async ignoringRefusal(what: string, step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof DomainError) || (error.httpStatus !== 409 && error.httpStatus !== 422)) throw error;
      this.logger.log(`${what}: ${error.message}`);
    }
  }
}
