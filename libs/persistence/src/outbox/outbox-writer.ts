import { Injectable } from '@nestjs/common';
import { Actor, EventDefinition, EventEnvelope, eventInstanceOf, validatePlanned } from '@hotline/contracts';
import { currentTraceHeaders } from '@hotline/telemetry';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { OutboxMessage } from './outbox-message.entity';
import { insertRows } from '../sql/insert-rows';

export interface EventMeta {
  actor: Actor;
  workOrderId?: string;
  occurredAt: Date;
}

export class InvalidEventPayloadError extends Error {}

/** The envelope an event travels in: a new time-ordered id, its type and schema version, who, when and about what. */
export function eventEnvelope<TPayload extends object>(
  definition: EventDefinition<TPayload>,
  payload: TPayload,
  meta: EventMeta,
): EventEnvelope<TPayload> {
  return {
    id: uuidv7(),
    type: definition.type,
    schemaVersion: definition.schemaVersion,
    occurredAt: meta.occurredAt.toISOString(),
    workOrderId: meta.workOrderId,
    actor: meta.actor,
    payload,
  };
}

/** One event for `addMany`; `headers` are the trace headers of the request it belongs to (taken where that request was handled). */
export interface OutboxEntry<TPayload extends object = object> {
  definition: EventDefinition<TPayload>;
  payload: TPayload;
  meta: EventMeta;
  headers?: Record<string, string>;
}

/**
 * Writes an event into the outbox inside the caller's transaction, so the event exists exactly when
 * the change it reports was committed. The relay publishes it later.
 */
@Injectable()
export class OutboxWriter {
  async add<TPayload extends object>(
    manager: EntityManager,
    definition: EventDefinition<TPayload>,
    payload: TPayload,
    meta: EventMeta,
  ): Promise<EventEnvelope<TPayload>> {
    const [envelope] = await this.addMany(manager, [{ definition, payload, meta } as OutboxEntry]);
    return envelope as EventEnvelope<TPayload>;
  }

  /** Many events with one insert, which wakes the relay once (group commit). */
  async addMany(manager: EntityManager, entries: OutboxEntry[]): Promise<EventEnvelope[]> {
    if (entries.length === 0) return [];
    const rows = entries.map(({ definition, payload, meta, headers }) => {
      assertValidPayload(definition, payload);
      const envelope: EventEnvelope = eventEnvelope(definition, payload, meta);
      const row: Partial<OutboxMessage> & { envelope: EventEnvelope } = {
        id: envelope.id,
        subject: definition.subject,
        type: definition.type,
        workOrderId: meta.workOrderId ?? null,
        envelope,
        headers: headers ?? currentTraceHeaders(),
      };
      return row;
    });
    // The insert wakes the relay on commit (the outbox's notify trigger).
    await insertRows(manager, OutboxMessage, rows);
    return rows.map((row) => row.envelope);
  }
}

/** Unknown fields are refused too: an event must never smuggle data (e.g. caller identity) out. */
export function assertValidPayload(definition: EventDefinition, payload: object): void {
  const instance = eventInstanceOf(definition.payloadClass, payload);
  const errors = validatePlanned(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const fields = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new InvalidEventPayloadError(`Invalid ${definition.type} payload — ${fields.join('; ')}`);
  }
}
