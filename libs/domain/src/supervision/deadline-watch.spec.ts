import { beijing, workOrderIn } from '../../test/work-order-fixtures';
import { consequenceOfOverdue, dueSoonAt, watchedDeadlineOf, WATCHED_DEADLINE_KINDS } from './deadline-watch';

describe('deadline watch (R16.1, R17.1, R20.2, R15.2, R23.1)', () => {
  it('R23.1 due soon once 75 % of the period has passed, or the configured share', () => {
    const period = { from: beijing('2026-03-02 00:00'), due: beijing('2026-03-06 00:00') };
    expect(dueSoonAt(period)).toEqual(beijing('2026-03-05 00:00'));
    expect(dueSoonAt(period, 0.5)).toEqual(beijing('2026-03-04 00:00'));
    expect(() => dueSoonAt(period, 1)).toThrow(expect.objectContaining({ httpStatus: 400 }));
    expect(() => dueSoonAt(period, 0)).toThrow(expect.objectContaining({ httpStatus: 400 }));
  });

  it('R23.1 trigger 1 opens for handling and re-handling; a case goes overdue; signing is deemed instead (R16.1)', () => {
    expect(consequenceOfOverdue('handling')).toEqual({ kind: 'open-case', trigger: 1 });
    expect(consequenceOfOverdue('rehandling')).toEqual({ kind: 'open-case', trigger: 1 });
    expect(consequenceOfOverdue('supervision')).toEqual({ kind: 'case-overdue' });
    expect(consequenceOfOverdue('sign')).toMatchObject({ kind: 'none', because: expect.stringContaining('R16.1') });
    expect(consequenceOfOverdue('online-callback').kind).toBe('none');
    expect(WATCHED_DEADLINE_KINDS).toHaveLength(5);
  });

  it('R16.1 R17.1 the watched deadline is the one running in the state', () => {
    expect(watchedDeadlineOf(workOrderIn('dispatched').order)).toMatchObject({ kind: 'sign' });
    const handling = workOrderIn('handling').order;
    expect(watchedDeadlineOf(handling)).toEqual({
      kind: 'handling',
      from: handling.deadlines.handling!.from,
      due: handling.deadlines.handling!.due,
    });
    expect(watchedDeadlineOf(workOrderIn('closed').order)).toBeUndefined();
  });
});
