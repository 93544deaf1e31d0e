import { ConfigError, readEnvConfig } from '@hotline/contracts';
import { Clock, ClockConfig } from './clock';

describe('Clock', () => {
  it('is the host clock without a test clock', () => {
    const before = Date.now();
    const now = new Clock(readEnvConfig(ClockConfig, {})).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('stands where a test put it, at start and on every move, so one command moves every service', () => {
    const clock = new Clock(readEnvConfig(ClockConfig, { HOTLINE_TEST_CLOCK: '2026-09-30T02:00:00.000Z' }));
    expect(clock.now().toISOString()).toBe('2026-09-30T02:00:00.000Z');
    clock.set(new Date('2026-10-08T15:59:00.000Z'));
    expect(clock.now().toISOString()).toBe('2026-10-08T15:59:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-10-08T15:59:00.000Z');
  });

  it('refuses a test clock in production, and a value that holds no time', () => {
    expect(() => new Clock({ HOTLINE_TEST_CLOCK: '2026-09-30T02:00:00.000Z', NODE_ENV: 'production' })).toThrow(
      /production/,
    );
    expect(() => new Clock({ NODE_ENV: 'production' }).set(new Date())).toThrow(/production/);
    expect(() => readEnvConfig(ClockConfig, { HOTLINE_TEST_CLOCK: 'tomorrow' })).toThrow(ConfigError);
    expect(() => readEnvConfig(ClockConfig, { HOTLINE_TEST_CLOCK: 'tomorrow' })).toThrow(
      /HOTLINE_TEST_CLOCK.*ISO-8601/,
    );
    expect(() => new Clock().set(new Date('tomorrow'))).toThrow(/ISO-8601/);
  });
});
