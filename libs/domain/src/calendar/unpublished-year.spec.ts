import { isWorkday } from 'chinese-days';
import { beijing } from '../../test/work-order-fixtures';
import { HYPOTHETICAL_2027_NOTICE } from '../../test/hypothetical-2027-notice';
import { formatDue } from '../time/beijing-time';
import { assertHolidayNotice } from './holiday-notice-parser';
import { SEEDED_HOLIDAY_NOTICES } from './seed/holiday-notices.seed';
import { WorkingDayCalendar } from './working-day-calendar';

// Built from the notices up to 2026 explicitly, so these tests hold after the seed gains a real 2027 notice.
const through2026 = WorkingDayCalendar.fromNotices(SEEDED_HOLIDAY_NOTICES.filter((notice) => notice.year <= 2026));

describe('a year without a loaded notice (2027)', () => {
  it('never takes 2027-01-01 for a working day, although chinese-days does', () => {
    expect(isWorkday('2027-01-01')).toBe(true);
    expect(through2026.day('2027-01-01')).toMatchObject({
      working: false,
      kind: 'statutory-holiday',
      name: '元旦',
      provisional: true,
    });
    expect(through2026.day('2027-01-01').basis).toContain('国务院令第798号');
  });

  it('a deadline reaching into 2027 skips 2027-01-01 and is provisional', () => {
    const result = through2026.deadlineAfterWorkingDays(beijing('2026-12-31 10:00'), 1);
    expect(formatDue(result.due)).toBe('2027-01-04 24:00 北京时间 (UTC+8)');
    expect(result.provisional).toBe(true);
    const five = through2026.deadlineAfterWorkingDays(beijing('2026-12-25 10:00'), 5);
    expect(formatDue(five.due)).toBe('2027-01-04 24:00 北京时间 (UTC+8)');
    expect(five.provisional).toBe(true);
  });

  it('keeps the last days of 2026 provisional, since the 2027 notice may still move them', () => {
    expect(through2026.deadlineAfterWorkingDays(beijing('2026-12-21 10:00'), 5).provisional).toBe(false);
    expect(through2026.deadlineAfterWorkingDays(beijing('2026-12-28 10:00'), 1).provisional).toBe(true);
  });

  it('falls back to the statutory Spring Festival of 2027 with make-up days for the weekend', () => {
    const off = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'];
    for (const date of off) expect(through2026.isWorkingDay(date)).toBe(false);
    expect(through2026.day('2027-02-09')).toMatchObject({ kind: 'compensatory-holiday', name: '春节补假' });
    expect(through2026.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-11', provisional: true });
  });

  describe('after loading a 2027 notice', () => {
    const notice = assertHolidayNotice(HYPOTHETICAL_2027_NOTICE);
    const with2027 = through2026.withNotice(notice);

    it('is published and no longer provisional', () => {
      expect(with2027.isPublished(2027)).toBe(true);
      const result = with2027.deadlineAfterWorkingDays(beijing('2026-12-31 10:00'), 1);
      expect(formatDue(result.due)).toBe('2027-01-04 24:00 北京时间 (UTC+8)');
      expect(result.provisional).toBe(false);
      expect(with2027.deadlineAfterWorkingDays(beijing('2026-12-28 10:00'), 1).provisional).toBe(false);
    });

    it('follows the notice rather than the law', () => {
      expect(with2027.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-15', provisional: false });
      expect(with2027.day('2027-02-20')).toMatchObject({ working: true, kind: 'make-up-workday' });
      expect(with2027.day('2027-05-08')).toMatchObject({ working: true, name: '劳动节调休上班' });
    });

    it('leaves the original calendar as it was', () => {
      expect(through2026.isPublished(2027)).toBe(false);
    });

    it('covers years past the statutory table only when their notices are loaded', () => {
      expect(() => with2027.addWorkingDays('2061-03-02', 1)).toThrow(/covers 2020–2060/);
      const notice2061 = assertHolidayNotice({ year: 2061, holidays: [{ name: '元旦', date: '2061-01-01' }] });
      const extended = with2027.withNotice(notice2061);
      expect(extended.coveredYears).toEqual({ first: 2020, last: 2061 });
      expect(extended.addWorkingDays('2061-03-04', 1)).toEqual({ date: '2061-03-07', provisional: false });
    });
  });

  it('refuses two notices for one year', () => {
    const notice = assertHolidayNotice(HYPOTHETICAL_2027_NOTICE);
    expect(() => WorkingDayCalendar.fromNotices([notice, notice])).toThrow(/two notices for 2027/);
  });
});
