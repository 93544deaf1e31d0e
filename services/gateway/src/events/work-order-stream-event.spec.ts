import { streamActorOf, streamEventFor } from './work-order-stream-event';

const step = (leadUnitId: string, coUnitIds: string[] = []) => ({
  id: 'e1',
  type: 'hotline.workorder.assigned.v1',
  occurredAt: '2026-12-01T08:00:00.000Z',
  payload: {
    workOrderId: 'w1',
    version: 3,
    step: 'dispatch',
    from: 'awaiting-dispatch',
    to: 'dispatched',
    at: '2026-12-01T08:00:00.000Z',
    state: { assignment: { leadUnitId, coUnitIds }, content: 'never forwarded' },
  },
});

describe('the event stream scoped to its reader', () => {
  const unit = streamActorOf({ sub: 'u', roles: ['unit'], unitId: 'xt-cgj' })!;
  const operator = streamActorOf({ sub: 'o', roles: ['operator'] })!;

  it('shows a unit the steps of the orders it leads or co-handles, and no other', () => {
    expect(streamEventFor(unit, step('xt-cgj'))).toMatchObject({
      workOrderId: 'w1',
      step: 'dispatch',
      to: 'dispatched',
    });
    expect(streamEventFor(unit, step('xt-sjj', ['xt-cgj']))).toMatchObject({ leadUnitId: 'xt-sjj' });
    expect(streamEventFor(unit, step('xt-sjj'))).toBeUndefined();
    expect(streamEventFor(unit, { ...step('xt-cgj'), payload: { workOrderId: 'w2', number: 'n' } })).toBeUndefined();
  });

  it('shows centre staff every step and every new order, never the state itself', () => {
    const event = streamEventFor(operator, step('xt-sjj'));
    expect(event).toMatchObject({ eventId: 'e1', version: 3, leadUnitId: 'xt-sjj' });
    expect(JSON.stringify(event)).not.toContain('never forwarded');
    expect(
      streamEventFor(operator, { id: 'e2', type: 'hotline.workorder.created.v1', payload: { workOrderId: 'w2' } }),
    ).toMatchObject({ workOrderId: 'w2' });
  });

  it('has no reader for a partner, and reads a staff role before a unit role', () => {
    expect(streamActorOf({ sub: 'p', roles: ['partner'] })).toBeUndefined();
    expect(streamActorOf({ sub: 'x', roles: ['unit', 'reviewer'], unitId: 'xt-cgj' })?.role).toBe('reviewer');
  });
});
