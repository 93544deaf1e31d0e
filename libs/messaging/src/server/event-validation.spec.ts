import { EventEnvelope, WorkOrderCreated } from '@hotline/contracts';
import { validateEvent } from './event-validation';

const validEvent = {
  id: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a11',
  type: 'workorder.created',
  schemaVersion: 1,
  occurredAt: '2026-11-25T02:00:00.000Z',
  workOrderId: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12',
  actor: { kind: 'user', id: 'op-1', role: 'operator' },
  payload: {
    workOrderId: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12',
    number: 'XT20261125000001',
    requestId: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a13',
    channel: 'phone',
    type: 'complaint',
    status: 'awaiting-dispatch',
    receivedAt: '2026-11-25T02:00:00.000Z',
    state: { id: '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12', status: 'awaiting-dispatch', version: 2 },
  },
};

describe('validateEvent', () => {
  it('accepts an event that matches the contract of its subject', () => {
    const result = validateEvent(WorkOrderCreated.subject, JSON.stringify(validEvent));
    expect(result.ok).toBe(true);
  });

  it('refuses a body that is not JSON', () => {
    expect(validateEvent(WorkOrderCreated.subject, '{oops')).toEqual({
      ok: false,
      reason: 'body is not JSON',
      eventId: null,
    });
  });

  it('names the payload field that is wrong', () => {
    const broken = { ...validEvent, payload: { ...validEvent.payload, channel: 'fax' } };
    const result = validateEvent(WorkOrderCreated.subject, JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, eventId: validEvent.id });
    expect(!result.ok && result.reason).toMatch(/payload: channel/);
  });

  it('refuses an event published on another type’s subject', () => {
    const result = validateEvent(
      WorkOrderCreated.subject,
      JSON.stringify({ ...validEvent, type: 'workorder.rejected' }),
    );
    expect(!result.ok && result.reason).toMatch(/subject carries workorder.created v1/);
  });

  it('refuses a subject without a contract', () => {
    expect(validateEvent('hotline.workorder.unknown.v1', JSON.stringify(validEvent))).toMatchObject({ ok: false });
  });
});

describe('validateEvent at the input boundary', () => {
  it('refuses an envelope field the contract does not declare', () => {
    const result = validateEvent(
      WorkOrderCreated.subject,
      JSON.stringify({ ...validEvent, callerPhone: '13800000000' }),
    );
    expect(!result.ok && result.reason).toMatch(/envelope: .*callerPhone/);
  });

  it('refuses text that cannot be stored, naming its field', () => {
    const broken = { ...validEvent, payload: { ...validEvent.payload, number: 'XT\u0000' } };
    const result = validateEvent(WorkOrderCreated.subject, JSON.stringify(broken));
    expect(!result.ok && result.reason).toMatch(/^payload\.number: must not contain a NUL character/);
  });

  it('drops prototype keys and takes blank text as empty before the rules run', () => {
    const body = JSON.stringify({ ...validEvent, workOrderId: ' \u200b' }).replace('{', '{"__proto__":{"admin":true},');
    const result = validateEvent(WorkOrderCreated.subject, body);
    expect(result.ok && result.envelope.workOrderId).toBe('');
    expect(result.ok && Object.getPrototypeOf(result.envelope)).toBe(EventEnvelope.prototype);
  });
});
