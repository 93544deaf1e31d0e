import { INestApplication } from '@nestjs/common';
import { Actor, stepEventOf, WorkOrderClosedOnline, WorkOrderCreated } from '@hotline/contracts';
import {
  Actor as DomainActor,
  applyWorkOrderCommand,
  createWorkOrder,
  RequestType,
  WorkOrder,
  WorkOrderCommand,
  workOrderToJson,
  WorkOrderTransition,
} from '@hotline/domain';
import { OutboxWriter, stepPayload } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** An instant given in Beijing time, e.g. beijingTime('2026-09-30 10:00'). */
export function beijingTime(text: string): Date {
  const value = new Date(`${text.replace(' ', 'T')}:00+08:00`);
  if (Number.isNaN(value.getTime())) throw new Error(`bad time ${text}`);
  return value;
}

export type JourneyStep = readonly [command: WorkOrderCommand, actor: Actor, at: string];

/**
 * A work order driven through the real domain machine, as intake and the other services would have:
 * `created` is intake's snapshot (awaiting dispatch), `transitions` every later step in order.
 */
export function workOrderJourney(
  steps: readonly JourneyStep[],
  options: { type?: RequestType; receivedAt?: string } = {},
) {
  const operator: DomainActor = { role: 'operator', id: 'op-1' };
  const receivedAt = beijingTime(options.receivedAt ?? '2026-09-30 09:00');
  const received = createWorkOrder(
    { id: randomUUID(), type: options.type ?? 'complaint', channel: 'phone' },
    { actor: operator, now: receivedAt },
  ).order;
  const created = applyWorkOrderCommand(
    received,
    { event: 'accept-for-dispatch' },
    { actor: operator, now: receivedAt },
  ).order;
  const transitions: Array<WorkOrderTransition & { actor: Actor }> = [];
  let order = created;
  for (const [command, actor, at] of steps) {
    const domainActor: DomainActor =
      actor.kind === 'system'
        ? { role: 'system' }
        : { role: actor.role as DomainActor['role'], id: actor.id, unitId: actor.unitId };
    const transition = applyWorkOrderCommand(order, command, { actor: domainActor, now: beijingTime(at) });
    transitions.push({ ...transition, actor });
    order = transition.order;
  }
  return { created, transitions, last: order };
}

/**
 * Writes intake's `workorder.created` for a work order into the outbox of `producer`: a service of the test's
 * own (PersistenceModule + MessagingModule) standing in for the others, whose relay publishes it.
 */
export async function publishCreated(
  producer: INestApplication,
  order: WorkOrder,
  facts: { number: string; district?: string; category?: string },
): Promise<void> {
  const actor: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
  await producer.get(DataSource).transaction((manager) =>
    producer.get(OutboxWriter).add(
      manager,
      WorkOrderCreated,
      {
        workOrderId: order.id,
        number: facts.number,
        requestId: randomUUID(),
        channel: order.channel,
        type: order.type,
        status: order.status,
        ...(facts.district ? { district: facts.district } : {}),
        ...(facts.category ? { category: facts.category } : {}),
        receivedAt: order.receivedAt.toISOString(),
        state: workOrderToJson(order),
      },
      { actor, workOrderId: order.id, occurredAt: order.receivedAt },
    ),
  );
}

/** Writes intake's `workorder.closed-online` (with its snapshot) for a work order closed online at intake. */
export async function publishClosedOnline(
  producer: INestApplication,
  order: WorkOrder,
  requestId: string = randomUUID(),
): Promise<void> {
  const actor: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
  const articleId = order.onlineClosure?.articleId ?? 'kb-unknown';
  await producer
    .get(DataSource)
    .transaction((manager) =>
      producer
        .get(OutboxWriter)
        .add(
          manager,
          WorkOrderClosedOnline,
          { requestId, workOrderId: order.id, articleId, state: workOrderToJson(order) },
          { actor, workOrderId: order.id, occurredAt: order.receivedAt },
        ),
    );
}

/** Writes one lifecycle step's event (with its snapshot) into the producer's outbox, as its owning service would. */
export async function publishStep(
  producer: INestApplication,
  transition: WorkOrderTransition,
  actor: Actor,
): Promise<void> {
  await producer.get(DataSource).transaction((manager) =>
    producer.get(OutboxWriter).add(manager, stepEventOf(transition.step.event), stepPayload(transition), {
      actor,
      workOrderId: transition.order.id,
      occurredAt: transition.step.at,
    }),
  );
}
