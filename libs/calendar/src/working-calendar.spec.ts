import { deadline } from '@hotline/domain';
import { WorkingCalendar } from './working-calendar';

describe('the time limits a service counts with', () => {
  const original = process.env['HOTLINE_TIME_LIMITS'];
  afterEach(() => (original === undefined ? delete process.env['HOTLINE_TIME_LIMITS'] : (process.env['HOTLINE_TIME_LIMITS'] = original)));
  const calendarWith = (overrides?: string) => {
    if (overrides === undefined) delete process.env['HOTLINE_TIME_LIMITS'];
    else process.env['HOTLINE_TIME_LIMITS'] = overrides;
    return new WorkingCalendar(undefined as never);
  };

  it('R16.1 are the regulation’s unless the deployment overrides them', () => {
    const sign = deadline('sign', new Date('2026-03-02T02:00:00Z'), {}, calendarWith().rules());
    expect(sign).toMatchObject({ workingDays: 1, lastDay: '2026-03-03', policy: { source: 'regulation', value: 1 } });
  });

  it('R16.1 an override by configuration is used and stays visible in every deadline it computes', () => {
    const sign = deadline('sign', new Date('2026-03-02T02:00:00Z'), {}, calendarWith('sign=2').rules());
    expect(sign).toMatchObject({ workingDays: 2, lastDay: '2026-03-04', policy: { source: 'configuration', value: 2, regulationValue: 1, configuredBy: 'env HOTLINE_TIME_LIMITS' } });
  });

  it('refuses to start with an unknown or invalid time limit', () => {
    expect(() => calendarWith('signing=2')).toThrow(/unknown time limit/);
  });
});
