import { Actor, EventDefinition, EventEnvelope } from '@hotline/contracts';
import { connect } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { TestEnvironment } from './test-environment';

/** Who published the event, about which work order, and when. */
export interface PublishedEventMeta {
  actor: Actor;
  workOrderId: string;
  occurredAt: Date;
}

/**
 * Publishes one event on the test's JetStream namespace as the service that owns it would: in its envelope, on its
 * subject, with the envelope's id as the message id. End-to-end suites stand in this way for a service they do not run.
 */
export async function publishEvent<TPayload extends object>(
  environment: Pick<TestEnvironment, 'natsUrl' | 'natsPrefix'>,
  definition: EventDefinition<TPayload>,
  payload: TPayload,
  meta: PublishedEventMeta,
): Promise<EventEnvelope<TPayload>> {
  const envelope: EventEnvelope<TPayload> = {
    id: uuidv7(),
    type: definition.type,
    schemaVersion: definition.schemaVersion,
    occurredAt: meta.occurredAt.toISOString(),
    workOrderId: meta.workOrderId,
    actor: meta.actor,
    payload,
  };
  const nats = await connect({ servers: environment.natsUrl });
  try {
    await nats
      .jetstream()
      .publish(`${environment.natsPrefix}.${definition.subject}`, new TextEncoder().encode(JSON.stringify(envelope)), {
        msgID: envelope.id,
      });
  } finally {
    await nats.close();
  }
  return envelope;
}
