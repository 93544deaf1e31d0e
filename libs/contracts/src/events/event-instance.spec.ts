import { RecordRequestCommand } from '../work-orders/record-request.command';
import { WorkOrderStepPayload } from '../work-orders/lifecycle.events';
import { Actor, EventEnvelope } from './event-envelope';
import { eventInstanceOf, opaqueObjectProperties } from './event-instance';

describe('eventInstanceOf', () => {
  it('finds the properties checked only as objects, once per class', () => {
    expect(opaqueObjectProperties(WorkOrderStepPayload)).toEqual(['state', 'details']);
    expect(opaqueObjectProperties(EventEnvelope)).toEqual(['payload']);
    // an object with rules of its own (@ValidateNested) is not opaque: it is transformed to its class
    expect(opaqueObjectProperties(RecordRequestCommand)).not.toContain('caller');
    expect(opaqueObjectProperties(WorkOrderStepPayload)).toBe(opaqueObjectProperties(WorkOrderStepPayload));
  });

  it('takes the opaque objects as they came and transforms the rest to their classes', () => {
    const payload = { workOrderId: 'w', state: { id: 'w', assignment: { leadUnitId: 'u' } } };
    const plain = { id: 'e', actor: { kind: 'user', id: 'op-1' }, payload };
    const envelope = eventInstanceOf(EventEnvelope, plain);
    expect(envelope).toBeInstanceOf(EventEnvelope);
    expect(envelope.actor).toBeInstanceOf(Actor);
    expect(envelope.payload).toBe(payload);
    const step = eventInstanceOf(WorkOrderStepPayload, payload);
    expect(step).toBeInstanceOf(WorkOrderStepPayload);
    expect(step.state).toBe(payload.state);
    expect(step).not.toHaveProperty('details');
  });

  it('leaves what is not an object to class-transformer, as before', () => {
    expect(eventInstanceOf(EventEnvelope, 'text' as unknown as object)).toBe('text');
    expect(eventInstanceOf(EventEnvelope, [1] as unknown as object)).toEqual([1]);
  });
});
