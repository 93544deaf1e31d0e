import { create, fromBinary, fromJson, JsonValue, MessageInitShape, toBinary, toJson } from '@bufbuild/protobuf';
import { Envelope, EnvelopeSchema } from './gen/hotline/partner/v1/envelope_pb';

/** A message that could not be read: the field at fault (protobuf's JSON name) and what is wrong with it. */
export class EnvelopeFormatError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'EnvelopeFormatError';
  }
}

/** The fields of a new envelope, bodies as `{ case, value }` of plain objects. */
export type EnvelopeInit = Exclude<MessageInitShape<typeof EnvelopeSchema>, Envelope>;

export function envelopeOf(init: EnvelopeInit): Envelope {
  return create(EnvelopeSchema, init);
}

/** Over signed HTTPS: protobuf's JSON mapping (camelCase names, RFC 3339 times, enum names). */
export function envelopeToJson(envelope: Envelope): string {
  return JSON.stringify(toJson(EnvelopeSchema, envelope));
}

/** Parses the JSON mapping; unknown fields are refused so that a misspelt field is named, not ignored. */
export function envelopeFromJson(text: string): Envelope {
  let json: JsonValue;
  try {
    json = JSON.parse(text) as JsonValue;
  } catch {
    throw new EnvelopeFormatError('body', 'must be JSON');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new EnvelopeFormatError('body', 'must be a JSON object');
  try {
    return fromJson(EnvelopeSchema, json);
  } catch (error) {
    throw formatErrorOf(error);
  }
}

/** Over NATS: protobuf's binary form. */
export function envelopeToBinary(envelope: Envelope): Uint8Array {
  return toBinary(EnvelopeSchema, envelope);
}

export function envelopeFromBinary(bytes: Uint8Array): Envelope {
  try {
    return fromBinary(EnvelopeSchema, bytes);
  } catch (error) {
    throw formatErrorOf(error);
  }
}

/** protobuf-es names the field as `hotline.partner.v1.Transfer.matter` or `key "foo"`; the 400 names it alone. */
function formatErrorOf(error: unknown): EnvelopeFormatError {
  const message = error instanceof Error ? error.message : String(error);
  const qualified = /field hotline\.partner\.v1\.(\w+)\.(\w+)/.exec(message);
  const field = qualified ? jsonPath(qualified[1], qualified[2]) : (/key "([^"]+)"/.exec(message)?.[1] ?? 'body');
  return new EnvelopeFormatError(field, message.replace(/^cannot decode [^:]*: /, ''));
}

/** `Envelope.message_id` → `messageId`, `Transfer.sender_reference` → `transfer.senderReference`. */
function jsonPath(message: string, field: string): string {
  const camel = field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return message === 'Envelope' ? camel : `${message[0].toLowerCase()}${message.slice(1)}.${camel}`;
}
