import { Injectable } from '@nestjs/common';
import { Actor, EventEnvelope, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { insertRows } from '@hotline/persistence';
import { workOrderFromJson } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { DifficultMatterRepository } from '../coordination/difficult-matter.repository';
import { ReturnReviewRepository } from '../returns/return-review.repository';
import { RoutingFactsRecord } from './routing-facts.entity';

/**
 * What dispatch records beside its copy of a work order, in the transaction that follows the event (once per event):
 * the routing facts of a new work order, a return to review, a difficult matter to coordinate.
 */
@Injectable()
export class DispatchFollowerRecords {
  constructor(
    private readonly matters: DifficultMatterRepository,
    private readonly returns: ReturnReviewRepository,
  ) {}

  /** From `workorder.created`, never caller identity. */
  async routingFacts(manager: EntityManager, payload: WorkOrderCreatedPayload): Promise<void> {
    const facts = {
      workOrderId: payload.workOrderId,
      number: payload.number,
      type: payload.type,
      field: payload.field ?? null,
      category: payload.request?.category ?? payload.category ?? null,
      district: payload.request?.location.district ?? payload.district ?? null,
      street: payload.request?.location.street ?? null,
      receivedAt: new Date(payload.receivedAt),
    };
    await insertRows(manager, RoutingFactsRecord, [facts], 'ON CONFLICT DO NOTHING');
  }

  /** R16.2: a unit asks to return it; the request's id is the one handling answered the unit with. */
  async returnRequested(manager: EntityManager, payload: WorkOrderStepPayload, actor: Actor): Promise<void> {
    const order = workOrderFromJson(payload.state);
    await this.returns.insertRequested(manager, {
      id: `${payload.workOrderId}:${payload.version}`,
      workOrderId: payload.workOrderId,
      dispatchNo: order.dispatchCount,
      unitId: order.assignment?.leadUnitId ?? actor.unitId ?? 'unknown',
      reason: String(payload.details.reason ?? order.returnRequest?.reason ?? ''),
      basis: String(payload.details.basis ?? order.returnRequest?.basis ?? ''),
      requestedAt: new Date(payload.at),
    });
  }

  /** R21.1 raised in handling (e.g. on a dispatched work order): the coordination is dispatch's. */
  difficultyRaised(manager: EntityManager, event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    const payload = event.payload;
    return this.matters.record(manager, {
      workOrderId: payload.workOrderId,
      raisedVersion: payload.version,
      kind: String(payload.details.kind),
      note: typeof payload.details.note === 'string' ? payload.details.note : null,
      raisedBy: event.actor,
      raisedAt: new Date(payload.at),
    });
  }
}
