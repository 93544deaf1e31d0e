import { ACTORS, beijing, later, workOrderIn } from '../../test/work-order-fixtures';
import { applyWorkOrderCommand } from '../lifecycle/apply-work-order-command';
import { AWAITING_CALLBACK_STATUSES, awaitsCallback, callbackDue, workingDayWindow } from './callback-windows';

describe('the callback queue (Art. 20 全面回访)', () => {
  it('R20.1 every finished work order awaits its callback: done after handling, and closed online', () => {
    expect([...AWAITING_CALLBACK_STATUSES].sort()).toEqual(['closed-online', 'completed']);
    expect(awaitsCallback(workOrderIn('completed').order)).toBe(true);
    expect(awaitsCallback(workOrderIn('closed-online').order)).toBe(true);
    for (const status of ['handling', 'callback-pending', 'rejected', 'closed', 'reopened'] as const) {
      expect(awaitsCallback(workOrderIn(status).order)).toBe(false);
    }
  });

  it('R20.1 a call back answered by the operator joins the queue too', () => {
    const built = workOrderIn('callback-pending');
    const answered = applyWorkOrderCommand(
      built.order,
      { event: 'answer-callback', answer: '已回拨答复' },
      { actor: ACTORS.operator, now: later(built.now, 1) },
    ).order;
    expect(callbackDue(answered, 3)).toMatchObject({ from: later(built.now, 1), workingDays: 3 });
  });

  it('R20.1 the callback is due the configured number of working days after the order was finished', () => {
    // closed online on Wed 2026-09-30: two working days later is Fri 10-09 (National Day until 10-07)
    const closed = workOrderIn('closed-online', { start: beijing('2026-09-30 08:00') });
    expect(callbackDue(closed.order, 2)).toMatchObject({ lastDay: '2026-10-09', provisional: false });
    const completed = workOrderIn('completed', { start: beijing('2026-03-02 08:00') });
    expect(callbackDue(completed.order, 3)).toMatchObject({ from: completed.order.completedAt, lastDay: '2026-03-05' });
    expect(callbackDue(workOrderIn('handling').order, 3)).toBeUndefined();
  });

  it('refuses a window that is not a whole number of working days between 1 and 30', () => {
    for (const days of [0, -1, 1.5, 31]) {
      expect(() => workingDayWindow(beijing('2026-03-02 08:00'), days)).toThrow(
        expect.objectContaining({ httpStatus: 400 }),
      );
    }
  });
});
