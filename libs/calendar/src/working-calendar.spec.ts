import { withEnvironment } from '@hotline/contracts';
import { deadline } from '@hotline/domain';
import { WorkingCalendar } from './working-calendar';

describe('the time limits a service counts with', () => {
  const calendarWith = (overrides?: string) =>
    withEnvironment({ HOTLINE_TIME_LIMITS: overrides }, () => new WorkingCalendar(undefined as never));

  it('R16.1 are the regulation’s unless the deployment overrides them', () => {
    const sign = deadline('sign', new Date('2026-03-02T02:00:00Z'), {}, calendarWith().rules());
    expect(sign).toMatchObject({ workingDays: 1, lastDay: '2026-03-03', policy: { source: 'regulation', value: 1 } });
  });

  it('R16.2 a shorter limit by configuration is used and stays visible in every deadline it computes', () => {
    const window = deadline(
      'return-window',
      new Date('2026-03-02T02:00:00Z'),
      {},
      calendarWith('return-window=1').rules(),
    );
    expect(window).toMatchObject({
      workingDays: 1,
      lastDay: '2026-03-03',
      policy: { source: 'configuration', value: 1, regulationValue: 2, configuredBy: 'env HOTLINE_TIME_LIMITS' },
    });
  });

  it('refuses to start with an unknown or invalid time limit, naming the variable', () => {
    expect(() => calendarWith('signing=2')).toThrow(/HOTLINE_TIME_LIMITS: .*unknown time limit/);
  });

  it('R16.1 R20.2 refuses to start with a limit longer than the regulation, naming the variable and the limit', () => {
    expect(() => calendarWith('sign=2')).toThrow(
      /set or fix HOTLINE_TIME_LIMITS: .*sign: 2 working days is more than the regulation allows \(1, R16\.1/,
    );
    expect(() => calendarWith('rehandling=3,handling-other=7')).toThrow(
      /handling-other: 7 working days is more than the regulation allows \(5, R17\.1/,
    );
  });
});
