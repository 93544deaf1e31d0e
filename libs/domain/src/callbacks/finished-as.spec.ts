import { workOrderIn } from '../../test/work-order-fixtures';
import { finishedAs } from './finished-as';

describe('how a finished work order was finished', () => {
  it('R20.1 a work order whose reply passed review was handled', () => {
    expect(finishedAs(workOrderIn('completed').order)).toBe('handled');
  });

  it('R20.1 one closed online at intake was closed online', () => {
    expect(finishedAs(workOrderIn('closed-online').order)).toBe('closed-online');
  });

  it('R20.1 one answered by call back (R15.2) says so', () => {
    const order = workOrderIn('closed-online').order;
    expect(finishedAs({ status: order.status, onlineClosure: { ...order.onlineClosure, via: 'callback' } })).toBe(
      'answered-by-call-back',
    );
  });
});
