import { ACTORS, later, workOrderIn } from '../../test/work-order-fixtures';
import { applyWorkOrderCommand } from '../lifecycle/apply-work-order-command';
import { runningDeadline } from './running-deadline';

describe('the limit a work order runs against (deadline watch, R23.1 trigger 1)', () => {
  it('R15.2 a call back pending runs against the 1-working-day call-back limit', () => {
    const { order } = workOrderIn('callback-pending');
    expect(runningDeadline(order)).toBe(order.deadlines.onlineCallback);
  });

  it('R16.1 a dispatched order runs against the sign limit', () => {
    const { order } = workOrderIn('dispatched');
    expect(runningDeadline(order)?.kind).toBe('sign');
  });

  it('R17.1 R19.1 handling, an extension under review and a reply under review run against the handling limit', () => {
    for (const status of ['handling', 'extension-requested', 'replied'] as const) {
      expect(runningDeadline(workOrderIn(status).order)?.kind).toBe('handling');
    }
  });

  it('R20.2 re-handling, and a re-handling reply under review, run against the 5-working-day re-handling limit', () => {
    const { order, now } = workOrderIn('rehandling');
    expect(runningDeadline(order)?.kind).toBe('rehandling');
    const replied = applyWorkOrderCommand(
      order,
      {
        event: 'submit-reply',
        reply: {
          handledBy: '雨湖区',
          handledAt: now,
          process: '重新核查',
          result: '已解决',
          callerContacted: true,
          outcome: 'solved',
        },
      },
      { actor: ACTORS.unit, now: later(now, 1) },
    ).order;
    expect(runningDeadline(replied)?.kind).toBe('rehandling');
  });

  it('runs no limit while the centre decides, nor once done', () => {
    for (const status of [
      'awaiting-dispatch',
      'return-requested',
      'coordinating',
      'completed',
      'closed',
      'rejected',
    ] as const) {
      expect(runningDeadline(workOrderIn(status).order)).toBeUndefined();
    }
  });
});
