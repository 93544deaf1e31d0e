import { EventDefinition, EventEnvelope } from '@hotline/contracts';
import { EventMeta, eventEnvelope } from '@hotline/persistence';
import { connect } from 'nats';
import { TestEnvironment } from './test-environment';

/**
 * Publishes one event on the test's JetStream namespace as the service that owns it would: in its envelope, on its
 * subject, with the envelope's id as the message id. End-to-end suites stand in this way for a service they do not run.
 */
export async function publishEvent<TPayload extends object>(
  environment: Pick<TestEnvironment, 'natsUrl' | 'natsPrefix'>,
  definition: EventDefinition<TPayload>,
  payload: TPayload,
  meta: EventMeta,
): Promise<EventEnvelope<TPayload>> {
  const envelope = eventEnvelope(definition, payload, meta);
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
