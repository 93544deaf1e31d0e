import { Injectable } from '@nestjs/common';
import {
  Actor,
  CoUnitContributed,
  CoUnitContributedPayload,
  domainActorOf,
  HandlingRequestCreated,
  SubmitReplyBody,
  toWorkOrderView,
  WorkOrderStepCommand,
} from '@hotline/contracts';
import { acceptCoUnitContribution, replyIsContribution, requestIdOf, UnitReply, WorkOrder } from '@hotline/domain';
import { OutboxWriter, Transactions, WorkOrderStates } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { HandlingSteps } from '../work-orders/handling-steps';
import { assertUnitLeads } from '../work-orders/unit-scope';
import { ContributedReply } from './co-unit-contribution.entity';
import { CoUnitContributionsRepository } from './co-unit-contributions.repository';

export class SubmitReplyCommand extends WorkOrderStepCommand<SubmitReplyBody> {}

/**
 * R18.1/R18.2: the lead unit's reply is the step to review. A co-handling unit's reply (R15.5) is kept as its
 * contribution for the lead unit and changes nothing on the work order; its event puts it on the timeline (R14.1).
 */
@Injectable()
export class SubmitReplyUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly contributions: CoUnitContributionsRepository,
    private readonly states: WorkOrderStates,
    private readonly steps: HandlingSteps,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ actor, workOrderId, body, now }: SubmitReplyCommand): Promise<HandlingRequestCreated> {
    const reply = unitReplyOf(body);
    return this.transactions.afterHandover(workOrderId, 'handling', async (manager) => {
      const current = await this.states.lock(manager, workOrderId);
      if (replyIsContribution(domainActorOf(actor), current))
        return this.contribute(manager, current, actor, reply, now);
      assertUnitLeads(actor, current);
      const { order } = await this.steps.takeLocked(manager, actor, workOrderId, { event: 'submit-reply', reply }, now);
      return { id: requestIdOf(order), kind: 'reply', workOrder: toWorkOrderView(order, { viewer: actor }) };
    });
  }

  private async contribute(
    manager: EntityManager,
    order: WorkOrder,
    actor: Actor,
    reply: UnitReply,
    now: Date,
  ): Promise<HandlingRequestCreated> {
    const contribution = acceptCoUnitContribution(order, domainActorOf(actor), reply, now);
    const id = randomUUID();
    const contributed = contributedReplyOf(reply);
    await this.contributions.insert(manager, {
      id,
      workOrderId: order.id,
      unitId: contribution.unitId,
      submittedBy: actor.id,
      submittedAt: now,
      reply: contributed,
    });
    const payload: CoUnitContributedPayload = {
      ...contributed,
      contributionId: id,
      workOrderId: order.id,
      unitId: contribution.unitId,
      submittedAt: now.toISOString(),
    };
    await this.outbox.add(manager, CoUnitContributed, payload, { actor, workOrderId: order.id, occurredAt: now });
    return { id, kind: 'contribution', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}

function unitReplyOf(body: SubmitReplyBody): UnitReply {
  return {
    handledBy: body.handledBy,
    handledAt: new Date(body.handledAt),
    process: body.process,
    result: body.result,
    callerContacted: body.callerContacted,
    outcome: body.outcome,
    ...(body.contactMethod !== undefined ? { contactMethod: body.contactMethod } : {}),
    ...(body.plan !== undefined ? { plan: body.plan } : {}),
    ...(body.planDate !== undefined ? { planDate: body.planDate } : {}),
    ...(body.explanation !== undefined ? { explanation: body.explanation } : {}),
  };
}

/** The reply as the contribution keeps it: its time as ISO-8601. */
function contributedReplyOf({ handledAt, ...rest }: UnitReply): ContributedReply {
  return { ...rest, handledAt: handledAt.toISOString() };
}
