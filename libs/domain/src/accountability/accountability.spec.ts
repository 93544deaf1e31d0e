import { SEEDED_HOLIDAY_NOTICES } from '../calendar/seed/holiday-notices.seed';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { beijingMonth, isOutsideWorkingHours, isReadOfOrderNotWorkedOn, readBursts } from './caller-read-anomalies';
import { replyContradictionsOf } from './reply-contradiction';

describe('Art. 26 evidence (R26.1)', () => {
  const solved = { callerContacted: true, outcome: 'solved' as const };

  it('R26.1 a reply that says solved contradicts a callback the caller is unsatisfied with for the unit', () => {
    expect(replyContradictionsOf(solved, { contacted: true, satisfaction: 'unsatisfied', cause: 'unit' })).toEqual([
      'outcome',
    ]);
    expect(replyContradictionsOf(solved, { contacted: true, satisfaction: 'unsatisfied' })).toEqual(['outcome']);
  });

  it('R26.1 a reply that says the caller was contacted contradicts a callback that finds no contact', () => {
    expect(replyContradictionsOf(solved, { contacted: false, satisfaction: 'satisfied' })).toEqual(['contact']);
    expect(replyContradictionsOf(solved, { contacted: false, satisfaction: 'unsatisfied', cause: 'unit' })).toEqual([
      'contact',
      'outcome',
    ]);
  });

  it('R26.1 no contradiction when the reply claimed nothing the callback denies, or the cause is the caller’s side', () => {
    expect(replyContradictionsOf(solved, { contacted: true, satisfaction: 'satisfied' })).toEqual([]);
    expect(
      replyContradictionsOf(solved, { contacted: true, satisfaction: 'unsatisfied', cause: 'caller-false' }),
    ).toEqual([]);
    expect(
      replyContradictionsOf(
        { callerContacted: false, outcome: 'plan' },
        { contacted: false, satisfaction: 'unsatisfied', cause: 'unit' },
      ),
    ).toEqual([]);
    expect(replyContradictionsOf(undefined, { contacted: false, satisfaction: 'unsatisfied' })).toEqual([]);
  });

  const calendar = WorkingDayCalendar.fromNotices(SEEDED_HOLIDAY_NOTICES);
  const read = (id: string, at: string, readerId = 'u-1', workOrderStatus: string | null = 'handling') => ({
    id,
    readerId,
    workOrderId: null,
    readAt: new Date(at),
    workOrderStatus,
  });

  it('R26.1 reads outside working hours: early, late, on a weekend or a holiday (Beijing time)', () => {
    expect(isOutsideWorkingHours(new Date('2026-03-02T02:00:00Z'), calendar)).toBe(false); // Mon 10:00
    expect(isOutsideWorkingHours(new Date('2026-03-02T13:30:00Z'), calendar)).toBe(true); // Mon 21:30
    expect(isOutsideWorkingHours(new Date('2026-03-01T02:00:00Z'), calendar)).toBe(true); // Sun 10:00
    expect(isOutsideWorkingHours(new Date('2026-10-01T02:00:00Z'), calendar)).toBe(true); // National Day
  });

  it('R26.1 reads of a work order not with its units, and bursts of reads by one reader', () => {
    expect(isReadOfOrderNotWorkedOn(read('a', '2026-03-02T02:00:00Z', 'u-1', 'closed'))).toBe(true);
    expect(isReadOfOrderNotWorkedOn(read('a', '2026-03-02T02:00:00Z', 'u-1', 'handling'))).toBe(false);
    expect(isReadOfOrderNotWorkedOn(read('a', '2026-03-02T02:00:00Z', 'u-1', null))).toBe(false);
    const reads = [
      ...[0, 1, 2, 3].map((m) => read(`b${m}`, `2026-03-02T02:0${m}:00Z`)),
      read('c', '2026-03-02T02:30:00Z'),
      ...[0, 1, 2].map((m) => read(`d${m}`, `2026-03-02T02:0${m}:00Z`, 'u-2')),
    ];
    const bursts = readBursts(reads, { count: 4, withinMinutes: 10 });
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ readerId: 'u-1', readIds: ['b0', 'b1', 'b2', 'b3'] });
  });

  it('R26.1 a register month runs from the first to the last day in Beijing', () => {
    expect(beijingMonth('2026-12')).toEqual({
      start: new Date('2026-11-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
  });
});
