import { Injectable } from '@nestjs/common';
import { EventEnvelope, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { Inbox, insertRows, WorkOrderStates } from '@hotline/persistence';
import { workOrderFromJson } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { DifficultMatterRepository } from '../coordination/difficult-matter.repository';
import { ReturnReviewRecord } from '../returns/return-review.entity';
import { RoutingFactsRecord } from './routing-facts.entity';

/**
 * Keeps dispatch's copies of work orders from other services' events, once per event (inbox) and by
 * version (an older snapshot never overwrites a newer one), with what dispatch records beside them.
 */
@Injectable()
export class FollowWorkOrdersUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly states: WorkOrderStates,
    private readonly matters: DifficultMatterRepository,
  ) {}

  async created(consumer: string, event: EventEnvelope<WorkOrderCreatedPayload>): Promise<void> {
    const payload = event.payload;
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await this.states.follow(manager, payload.state, new Date(event.occurredAt));
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
    });
  }

  async step(consumer: string, event: EventEnvelope<WorkOrderStepPayload>, alsoRecord?: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.inbox.handleOnce(consumer, event.id, async (manager) => {
      await this.states.follow(manager, event.payload.state, new Date(event.occurredAt));
      if (alsoRecord) await alsoRecord(manager);
    });
  }

  /** R16.2: a unit asks to return it; the request's id is the one handling answered the unit with. */
  returnRequested(consumer: string, event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    const payload = event.payload;
    const order = workOrderFromJson(payload.state);
    return this.step(consumer, event, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ReturnReviewRecord)
        .values({
          id: `${payload.workOrderId}:${payload.version}`,
          workOrderId: payload.workOrderId,
          dispatchNo: order.dispatchCount,
          unitId: order.assignment?.leadUnitId ?? event.actor.unitId ?? 'unknown',
          reason: String(payload.details.reason ?? order.returnRequest?.reason ?? ''),
          basis: String(payload.details.basis ?? order.returnRequest?.basis ?? ''),
          requestedAt: new Date(payload.at),
          decision: null,
          comment: null,
          reviewerId: null,
          decidedAt: null,
          redispatchedTo: null,
        })
        .orIgnore()
        .execute();
    });
  }

  /** R21.1 raised in handling (e.g. on a dispatched work order): the coordination is dispatch's. */
  difficultyRaised(consumer: string, event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    const payload = event.payload;
    return this.step(consumer, event, (manager) =>
      this.matters.record(manager, {
        workOrderId: payload.workOrderId,
        raisedVersion: payload.version,
        kind: String(payload.details.kind),
        note: typeof payload.details.note === 'string' ? payload.details.note : null,
        raisedBy: event.actor,
        raisedAt: new Date(payload.at),
      }),
    );
  }
}
