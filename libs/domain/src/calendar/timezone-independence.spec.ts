import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const libraryRoot = join(__dirname, '..', '..');

/**
 * Computes a fixed set of deadlines in a fresh Node process. The code is plain JavaScript run with the
 * library's TypeScript loaded through scripts/ts-register.cjs, so nothing depends on this Jest process.
 */
const PROBE = `
const domain = require(${JSON.stringify(join(libraryRoot, 'src', 'index.ts'))});
const calendar = domain.seededCalendar();
const through2026 = domain.WorkingDayCalendar.fromNotices(domain.SEEDED_HOLIDAY_NOTICES.filter((n) => n.year <= 2026));
const out = [];
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
for (let i = 0; i < 400; i++) {
  const start = new Date(Date.UTC(2020, 0, 1) + (next() % (8 * 365)) * 86400000 + (next() % 86400000));
  const n = 1 + (next() % 12);
  const a = domain.deadlineAfterWorkingDays(start, n);
  const b = through2026.deadlineAfterWorkingDays(start, n);
  const view = domain.toDeadlineView(domain.deadline('handling', start, { type: 'complaint' }));
  out.push([start.toISOString(), n, a.due.toISOString(), a.provisional, b.due.toISOString(), b.provisional, view.due, view.display,
    domain.formatBeijing(start), calendar.remainingWorkingTime(a.due, start).workingMillisecondsLeft]);
}
for (const date of ['2026-09-20', '2026-10-01', '2027-01-01', '2027-02-09']) out.push(through2026.day(date));
// proof that the child really ran in the time zone asked for
out.push(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset());
process.stdout.write(JSON.stringify(out));
`;

async function probe(timeZone: string): Promise<unknown[]> {
  const { stdout } = await run(process.execPath, ['-r', join(libraryRoot, 'scripts', 'ts-register.cjs'), '-e', PROBE], {
    env: { ...process.env, TZ: timeZone },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown[];
}

describe('deadlines do not depend on the process time zone', () => {
  it('gives the same results under TZ=America/New_York, Asia/Shanghai, UTC and Pacific/Kiritimati', async () => {
    const zones = ['America/New_York', 'Asia/Shanghai', 'UTC', 'Pacific/Kiritimati'];
    const results = await Promise.all(zones.map(probe));
    const withoutZone = results.map((result) => result.slice(0, -1));
    expect(results.map((result) => result[result.length - 1])).toEqual([300, -480, 0, -840]);
    for (const result of withoutZone.slice(1)) expect(result).toEqual(withoutZone[0]);
    expect(withoutZone[0]).toHaveLength(404);
  }, 60_000);
});
