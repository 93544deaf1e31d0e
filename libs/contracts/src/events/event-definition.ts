import { EventDomain, StreamKey, SUBJECT_ROOT, streamKeyOfDomain } from '../streams/streams';

export type PayloadClass<T extends object> = new () => T;

/**
 * Binds an event type, its schema version, its subject and its payload class together, so that
 * publishing a payload on the wrong subject does not compile.
 */
export interface EventDefinition<TPayload extends object = object> {
  readonly type: string;
  readonly schemaVersion: number;
  readonly subject: string;
  readonly stream: StreamKey;
  readonly payloadClass: PayloadClass<TPayload>;
}

export type PayloadOf<D> = D extends EventDefinition<infer P> ? P : never;

export function defineEvent<TPayload extends object>(
  domain: EventDomain,
  name: string,
  schemaVersion: number,
  payloadClass: PayloadClass<TPayload>,
): EventDefinition<TPayload> {
  const type = `${domain}.${name}`;
  return Object.freeze({
    type,
    schemaVersion,
    subject: `${SUBJECT_ROOT}.${type}.v${schemaVersion}`,
    stream: streamKeyOfDomain(domain),
    payloadClass,
  });
}
