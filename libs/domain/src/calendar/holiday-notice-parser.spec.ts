import { HYPOTHETICAL_2027_NOTICE } from '../../test/hypothetical-2027-notice';
import { InvalidDomainInputError } from '../errors/domain-error';
import { assertHolidayNotice, parseHolidayNotice } from './holiday-notice-parser';
import { SEEDED_HOLIDAY_NOTICES } from './seed/holiday-notices.seed';

function issuesOf(input: unknown): string[] {
  const result = parseHolidayNotice(input);
  if (result.ok) throw new Error('expected the notice to be refused');
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('HolidayNotice parser and validator', () => {
  it.each(SEEDED_HOLIDAY_NOTICES.map((notice) => [notice.year, notice]))(
    'accepts the seeded %i notice unchanged',
    (_year, notice) => {
      expect(parseHolidayNotice(notice)).toEqual({ ok: true, notice });
    },
  );

  it('accepts dates, date ranges and date lists, and normalises them to sorted ranges', () => {
    const notice = assertHolidayNotice({
      ...HYPOTHETICAL_2027_NOTICE,
      holidays: [
        ...HYPOTHETICAL_2027_NOTICE.holidays.filter((holiday) => holiday.name !== '国庆节'),
        { name: '国庆节', dates: ['2027-10-03', '2027-10-01', '2027-10-02', '2027-10-05'] },
      ],
    });
    expect(notice.holidays.filter((period) => period.name === '国庆节')).toEqual([
      { name: '国庆节', start: '2027-10-01', end: '2027-10-03' },
      { name: '国庆节', start: '2027-10-05', end: '2027-10-05' },
    ]);
    expect(notice.holidays[0]).toEqual({ name: '元旦', start: '2027-01-01', end: '2027-01-03' });
    expect(notice.makeUpWorkdays[0]).toEqual({ date: '2027-02-20' });
    expect(notice.makeUpWorkdays[1]).toEqual({ date: '2027-05-08', name: '劳动节' });
  });

  it('reports every shape problem with the path of the field', () => {
    expect(
      issuesOf({
        year: 27,
        holidays: [{ name: '', start: '2027-02-30' }, { name: '春节', start: '2027-02-12', end: '2027-02-05' }, 'x'],
        makeUpWorkdays: [42],
      }),
    ).toEqual([
      'year: must be a whole year between 2000 and 2100',
      'holidays[0].name: must be a non-empty string',
      'holidays[0].start: "2027-02-30" is not a date YYYY-MM-DD',
      'holidays[1].end: 2027-02-05 is before start 2027-02-12',
      'holidays[2]: must be an object { name, start, end } or { name, date } or { name, dates }',
      "makeUpWorkdays[0]: must be a date 'YYYY-MM-DD' or { date, name }",
    ]);
    expect(issuesOf(null)).toEqual([': a notice must be an object']);
    expect(issuesOf({ year: 2027, holidays: [] })).toEqual(['holidays: must list at least one holiday']);
  });

  it('refuses a notice that breaks the rules of notices', () => {
    const issues = issuesOf({
      ...HYPOTHETICAL_2027_NOTICE,
      holidays: [
        ...HYPOTHETICAL_2027_NOTICE.holidays.filter((holiday) => holiday.name !== '中秋节'),
        { name: '国庆节补', date: '2027-10-07' },
        { name: '远', date: '2028-06-01' },
      ],
      makeUpWorkdays: ['2027-02-22', '2027-10-02', '2027-10-09', '2027-10-09'],
    });
    expect(issues).toEqual([
      'holidays[6]: 2027-10-07 is listed twice (国庆节, 国庆节补)',
      'holidays[7]: 2028-06-01 is not in or next to 2027',
      'makeUpWorkdays[0]: 2027-02-22 is a weekday; a make-up workday (调休上班) is a Saturday or Sunday',
      'makeUpWorkdays[1]: 2027-10-02 is also a holiday (国庆节)',
      'makeUpWorkdays[3]: 2027-10-09 is listed twice',
      'holidays: statutory holiday 2027-09-15 (中秋节) is missing: the law gives it off',
    ]);
  });

  it('throws InvalidDomainInputError (400) from assertHolidayNotice', () => {
    expect(() => assertHolidayNotice({ year: 2027 })).toThrow(InvalidDomainInputError);
    expect(() => assertHolidayNotice({ year: 2027 })).toThrow(expect.objectContaining({ httpStatus: 400 }));
  });
});
