import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from './clock';

describe('Clock', () => {
  it('is the host clock without a test clock file', () => {
    const before = Date.now();
    const now = new Clock({}).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('reads the time a test wrote, on every call, so one file moves every service', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'now');
    const clock = new Clock({ HOTLINE_TEST_CLOCK_FILE: file });
    writeFileSync(file, '2026-09-30T02:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-09-30T02:00:00.000Z');
    writeFileSync(file, '2026-10-08T15:59:00.000Z\n');
    expect(clock.now().toISOString()).toBe('2026-10-08T15:59:00.000Z');
  });

  it('refuses a test clock in production, and a file that holds no time', () => {
    expect(() => new Clock({ HOTLINE_TEST_CLOCK_FILE: '/tmp/x', NODE_ENV: 'production' })).toThrow(/production/);
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'now');
    writeFileSync(file, 'tomorrow');
    expect(() => new Clock({ HOTLINE_TEST_CLOCK_FILE: file }).now()).toThrow(/ISO-8601/);
  });
});
