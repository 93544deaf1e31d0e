import { HYPOTHETICAL_2027_NOTICE } from '../../test/hypothetical-2027-notice';
import { beijing } from '../../test/work-order-fixtures';
import { assertHolidayNotice } from '../calendar/holiday-notice-parser';
import { SEEDED_HOLIDAY_NOTICES } from '../calendar/seed/holiday-notices.seed';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { seededCalendar } from '../calendar/default-calendar';
import { RegulationViolationError } from '../errors/domain-error';
import {
  deadline,
  deadlinesAfterSigning,
  extendDeadline,
  isOverdue,
  recomputeDeadline,
  remainingWorkingTime,
  toDeadlineView,
} from './deadlines';
import { TimeLimitPolicy } from './time-limit-policy';

const from = beijing('2026-09-30 10:00');

describe('deadline(kind, from, workOrder)', () => {
  it.each([
    ['R16.1', 'sign', {}, '2026-10-08', 1],
    ['R16.2', 'return-window', {}, '2026-10-09', 2],
    ['R17.1', 'handling', { type: 'consultation' }, '2026-10-10', 3],
    ['R17.1', 'handling', { type: 'complaint' }, '2026-10-13', 5],
    ['R17.1', 'handling', { type: 'suggestion' }, '2026-10-13', 5],
    ['R15.2', 'online-callback', {}, '2026-10-08', 1],
    ['R20.2', 'rehandling', {}, '2026-10-13', 5],
    ['R23.2', 'supervision', { supervisionMethod: 'system' }, '2026-10-13', 5],
    ['R23.2', 'supervision', { supervisionMethod: 'letter' }, '2026-10-20', 10],
  ] as const)('%s %s %j from 2026-09-30 10:00 ends at 24:00 of %s', (_id, kind, subject, lastDay, workingDays) => {
    const computed = deadline(kind, from, subject);
    expect(computed).toMatchObject({ kind, from, lastDay, provisional: false, workingDays });
    expect(computed.display).toBe(`${lastDay} 24:00 北京时间 (UTC+8)`);
    expect(computed.policy).toMatchObject({ value: workingDays, source: 'regulation' });
  });

  it('needs the request type for a handling limit and the method for a supervision limit', () => {
    expect(() => deadline('handling', from)).toThrow(/request type/);
    expect(() => deadline('supervision', from)).toThrow(/method/);
  });

  it('records a configured value and its source in the deadline', () => {
    const policy = TimeLimitPolicy.withOverrides({ 'return-window': 1 }, 'deployment config');
    const computed = deadline('return-window', from, {}, { policy });
    expect(computed.lastDay).toBe('2026-10-08');
    expect(computed.policy).toMatchObject({
      value: 1,
      regulationValue: 2,
      source: 'configuration',
      configuredBy: 'deployment config',
    });
  });

  it('uses the calendar it is given', () => {
    const calendar = seededCalendar();
    expect(deadline('sign', from, {}, { calendar }).due).toEqual(deadline('sign', from).due);
  });
});

describe('extensions, overdue and remaining time', () => {
  const handling = deadline('handling', beijing('2026-09-18 10:00'), { type: 'complaint' });

  it('R17.2 an approved extension runs on from the last day of the original limit', () => {
    expect(handling.lastDay).toBe('2026-09-24');
    const extended = extendDeadline(handling, 5);
    expect(extended).toMatchObject({
      lastDay: '2026-10-09',
      workingDays: 10,
      extension: { workingDays: 5, originalDue: handling.due },
    });
  });

  it('R17.2 an extension of more than 5 working days is refused', () => {
    expect(() => extendDeadline(handling, 6)).toThrow(RegulationViolationError);
    expect(() => extendDeadline(handling, 6)).toThrow(
      expect.objectContaining({ httpStatus: 422, requirement: 'R17.2' }),
    );
    expect(() => extendDeadline(handling, 0)).toThrow(RegulationViolationError);
  });

  it('R23.2 a supervision case may be extended by at most 10 working days; a sign limit not at all', () => {
    const supervision = deadline('supervision', from, { supervisionMethod: 'phone' });
    expect(extendDeadline(supervision, 10).workingDays).toBe(20);
    expect(() => extendDeadline(supervision, 11)).toThrow(expect.objectContaining({ requirement: 'R23.2' }));
    expect(() => extendDeadline(deadline('sign', from), 1)).toThrow(RegulationViolationError);
  });

  it('is overdue from 24:00 of the last day on, not a millisecond before', () => {
    const sign = deadline('sign', from);
    expect(isOverdue(sign, new Date(sign.due.getTime() - 1))).toBe(false);
    expect(isOverdue(sign, sign.due)).toBe(true);
  });

  it('tells the working time left', () => {
    const sign = deadline('sign', from);
    expect(remainingWorkingTime(sign, beijing('2026-10-05 12:00'))).toEqual({
      overdue: false,
      workingDaysLeft: 1,
      workingMillisecondsLeft: 24 * 3_600_000,
    });
  });

  it('R16.3 a re-dispatch counts the limits from the new signing', () => {
    const first = deadlinesAfterSigning(beijing('2026-03-02 10:00'), { type: 'help' });
    const again = deadlinesAfterSigning(beijing('2026-03-05 10:00'), { type: 'help' });
    expect([first.returnWindow.lastDay, first.handling.lastDay]).toEqual(['2026-03-04', '2026-03-09']);
    expect([again.returnWindow.lastDay, again.handling.lastDay]).toEqual(['2026-03-09', '2026-03-12']);
  });

  it('shows deadlines with the +08:00 offset and the 24:00 form', () => {
    expect(toDeadlineView(deadline('sign', from))).toMatchObject({
      kind: 'sign',
      due: '2026-10-09T00:00:00+08:00',
      lastDay: '2026-10-08',
      display: '2026-10-08 24:00 北京时间 (UTC+8)',
      provisional: false,
    });
  });
});

describe('recomputing provisional deadlines', () => {
  it('follows a newly loaded notice and keeps the recorded policy value', () => {
    const through2026 = WorkingDayCalendar.fromNotices(SEEDED_HOLIDAY_NOTICES.filter((notice) => notice.year <= 2026));
    const policy = TimeLimitPolicy.withOverrides({ 'handling-other': 4 });
    const before = extendDeadline(
      deadline('handling', beijing('2027-02-01 10:00'), { type: 'help' }, { calendar: through2026, policy }),
      2,
      {
        calendar: through2026,
      },
    );
    expect(before).toMatchObject({ lastDay: '2027-02-15', provisional: true, workingDays: 6 });

    const with2027 = through2026.withNotice(assertHolidayNotice(HYPOTHETICAL_2027_NOTICE));
    const after = recomputeDeadline(before, { calendar: with2027 });
    expect(after).toMatchObject({ lastDay: '2027-02-17', provisional: false, workingDays: 6, policy: { value: 4 } });
    expect(after.extension?.originalDue).toEqual(beijing('2027-02-16 00:00'));
  });
});
