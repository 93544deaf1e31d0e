import { ValidationError } from 'class-validator';
import {
  EventEnvelope,
  eventDefinitionForSubject,
  eventInstanceOf,
  inspectInput,
  validatePlanned,
} from '@hotline/contracts';

export type ValidatedEvent =
  { ok: true; envelope: EventEnvelope } | { ok: false; reason: string; eventId: string | null };

/**
 * Checks an arriving event against the contract of its subject: the input boundary every input passes (text that
 * cannot be stored, nesting, prototype keys), then the envelope (no field it does not declare), type, version and
 * payload. The handler's validation pipe takes the envelope built here as it is.
 */
export function validateEvent(subject: string, body: string): ValidatedEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'body is not JSON', eventId: null };
  }
  const eventId = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
  const definition = eventDefinitionForSubject(subject);
  if (!definition) return { ok: false, reason: `no contract for subject ${subject}`, eventId };
  const boundaryProblem = inspectInput(raw, '');
  if (boundaryProblem)
    return { ok: false, reason: `${boundaryProblem.field}: ${boundaryProblem.problems.join(', ')}`, eventId };
  const envelope = eventInstanceOf(EventEnvelope, raw as object);
  const envelopeErrors = validatePlanned(envelope, { whitelist: true, forbidNonWhitelisted: true });
  if (envelopeErrors.length > 0) return { ok: false, reason: `envelope: ${describe(envelopeErrors)}`, eventId };
  if (envelope.type !== definition.type || envelope.schemaVersion !== definition.schemaVersion) {
    return {
      ok: false,
      reason: `envelope says ${envelope.type} v${envelope.schemaVersion}, subject carries ${definition.type} v${definition.schemaVersion}`,
      eventId,
    };
  }
  const payload = eventInstanceOf(definition.payloadClass, envelope.payload);
  const payloadErrors = validatePlanned(payload, { whitelist: true });
  if (payloadErrors.length > 0) return { ok: false, reason: `payload: ${describe(payloadErrors)}`, eventId };
  envelope.payload = payload;
  return { ok: true, envelope };
}

function describe(errors: ValidationError[], parent = ''): string {
  return errors
    .map((error) => {
      const field = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.values(error.constraints ?? {}).join(', ');
      const nested = describe(error.children ?? [], field);
      return [own && `${field}: ${own}`, nested].filter(Boolean).join('; ');
    })
    .join('; ');
}
