import { beijing } from '../../test/work-order-fixtures';
import { CalendarCoverageError, InvalidDomainInputError } from '../errors/domain-error';
import { formatDue, toBeijingIso } from '../time/beijing-time';
import { deadlineAfterWorkingDays, seededCalendar } from './default-calendar';

const calendar = seededCalendar();

/** [start in Beijing time, working days, last day of the period] */
type Row = [string, number, string];

describe('working-day calendar over real holiday periods', () => {
  describe('2025 — 国办发明电〔2024〕12号', () => {
    it('is the notice the seed carries for 2025', () => {
      expect(calendar.noticeOf(2025)?.document).toBe('国办发明电〔2024〕12号');
      expect(calendar.day('2025-01-28').basis).toBe('国办发明电〔2024〕12号');
    });

    it.each<Row>([
      // Spring Festival 1/28–2/4 off; Sunday 1/26 and Saturday 2/8 worked
      ['2025-01-25 10:00', 1, '2025-01-26'],
      ['2025-01-27 10:00', 1, '2025-02-05'],
      ['2025-02-05 16:00', 5, '2025-02-11'],
      // May Day 5/1–5/5 off; Sunday 4/27 worked
      ['2025-04-26 09:00', 1, '2025-04-27'],
      ['2025-04-29 09:00', 3, '2025-05-07'],
      // National Day and Mid-Autumn 10/1–10/8 off; Sunday 9/28 and Saturday 10/11 worked
      ['2025-09-26 09:00', 5, '2025-10-10'],
      ['2025-09-30 10:00', 1, '2025-10-09'],
      ['2025-10-09 11:00', 2, '2025-10-11'],
    ])('%s + %i working day(s) ends at 24:00 of %s', (start, days, lastDay) => {
      const { due, provisional } = deadlineAfterWorkingDays(beijing(start), days);
      expect(formatDue(due)).toBe(`${lastDay} 24:00 北京时间 (UTC+8)`);
      expect(provisional).toBe(false);
    });
  });

  describe('2026 — 国办发明电〔2025〕7号', () => {
    it('is the notice the seed carries for 2026', () => {
      expect(calendar.noticeOf(2026)?.document).toBe('国办发明电〔2025〕7号');
      expect(calendar.day('2026-09-20')).toMatchObject({
        working: true,
        kind: 'make-up-workday',
        name: '国庆节调休上班',
        basis: '国办发明电〔2025〕7号',
      });
    });

    it.each<Row>([
      // Spring Festival 2/15–2/23 off; Saturdays 2/14 and 2/28 worked
      ['2026-02-13 10:00', 1, '2026-02-14'],
      ['2026-02-14 10:00', 1, '2026-02-24'],
      ['2026-02-24 10:00', 5, '2026-03-02'],
      // May Day 5/1–5/5 off; Saturday 5/9 worked
      ['2026-04-30 10:00', 3, '2026-05-08'],
      ['2026-04-30 10:00', 5, '2026-05-11'],
      ['2026-05-08 10:00', 1, '2026-05-09'],
      // Mid-Autumn 9/25–9/27, National Day 10/1–10/7 off; Sunday 9/20 and Saturday 10/10 worked
      ['2026-09-18 10:00', 5, '2026-09-24'],
      ['2026-09-30 10:00', 1, '2026-10-08'],
      ['2026-10-08 10:00', 3, '2026-10-12'],
    ])('%s + %i working day(s) ends at 24:00 of %s', (start, days, lastDay) => {
      const { due, provisional } = deadlineAfterWorkingDays(beijing(start), days);
      expect(formatDue(due)).toBe(`${lastDay} 24:00 北京时间 (UTC+8)`);
      expect(provisional).toBe(false);
    });

    it('R16.1 dispatched 2026-09-30 10:00: sign due 2026-10-08 24:00, the instant 2026-10-09 00:00 Beijing', () => {
      const { due } = deadlineAfterWorkingDays(beijing('2026-09-30 10:00'), 1);
      expect(toBeijingIso(due)).toBe('2026-10-09T00:00:00+08:00');
      expect(due.toISOString()).toBe('2026-10-08T16:00:00.000Z');
    });

    it('R17.1 five working days from Friday 2026-09-18 count the make-up Sunday 2026-09-20', () => {
      const { due } = deadlineAfterWorkingDays(beijing('2026-09-18 10:00'), 5);
      expect(toBeijingIso(due)).toBe('2026-09-25T00:00:00+08:00');
      expect(calendar.workingDaysBetween('2026-09-18', '2026-09-24')).toBe(5);
    });
  });
});

describe('period rule (Civil Code Art. 201–203) in Beijing time', () => {
  it('does not count the starting day, whatever the hour', () => {
    const early = deadlineAfterWorkingDays(beijing('2026-03-03 00:00'), 1).due;
    const late = deadlineAfterWorkingDays(new Date(beijing('2026-03-04 00:00').getTime() - 1), 1).due;
    expect(toBeijingIso(early)).toBe('2026-03-05T00:00:00+08:00');
    expect(late).toEqual(early);
  });

  it('takes the Beijing day of the instant, not the UTC day', () => {
    // 2026-03-03 23:30 UTC is already Wednesday 2026-03-04 07:30 in Beijing
    const { due } = deadlineAfterWorkingDays(new Date('2026-03-03T23:30:00Z'), 1);
    expect(toBeijingIso(due)).toBe('2026-03-06T00:00:00+08:00');
  });

  it('counts from a non-working starting day to the next working days', () => {
    expect(calendar.addWorkingDays('2026-10-03', 1)).toEqual({ date: '2026-10-08', provisional: false });
  });

  it('refuses periods that are not whole working days and dates the calendar does not cover', () => {
    expect(() => deadlineAfterWorkingDays(beijing('2026-03-03 10:00'), 0)).toThrow(InvalidDomainInputError);
    expect(() => deadlineAfterWorkingDays(beijing('2026-03-03 10:00'), 1.5)).toThrow(InvalidDomainInputError);
    expect(() => deadlineAfterWorkingDays(beijing('2019-06-03 10:00'), 1)).toThrow(CalendarCoverageError);
    expect(() => deadlineAfterWorkingDays(new Date(Number.NaN), 1)).toThrow(CalendarCoverageError);
    expect(() => calendar.addWorkingDays('2060-12-30', 5)).toThrow(/covers 2020–2060/);
  });
});

describe('days and remaining time', () => {
  it('describes each kind of day with its basis', () => {
    expect(calendar.day('2026-10-01')).toMatchObject({ working: false, kind: 'holiday', name: '国庆节' });
    expect(calendar.day('2026-10-12')).toMatchObject({ working: true, kind: 'workday', provisional: false });
    expect(calendar.day('2026-10-11')).toMatchObject({ working: false, kind: 'weekend' });
    expect(calendar.day('2022-12-31')).toMatchObject({
      kind: 'holiday',
      name: '元旦',
      basis: '国办发明电〔2022〕16号',
    });
  });

  it('knows which years are published', () => {
    expect(calendar.publishedYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendar.isPublished(2027)).toBe(false);
    expect(calendar.coveredYears).toEqual({ first: 2020, last: 2060 });
  });

  it('measures the working time left before a due instant', () => {
    const due = deadlineAfterWorkingDays(beijing('2026-09-30 10:00'), 1).due;
    expect(calendar.remainingWorkingTime(due, beijing('2026-09-30 10:00'))).toEqual({
      overdue: false,
      workingDaysLeft: 1,
      workingMillisecondsLeft: (14 + 24) * 3_600_000,
    });
    expect(calendar.remainingWorkingTime(due, beijing('2026-10-08 18:00'))).toEqual({
      overdue: false,
      workingDaysLeft: 0,
      workingMillisecondsLeft: 6 * 3_600_000,
    });
    expect(calendar.remainingWorkingTime(due, due)).toEqual({
      overdue: true,
      workingDaysLeft: 0,
      workingMillisecondsLeft: 0,
    });
  });
});
