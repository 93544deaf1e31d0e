import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEEDED_HOLIDAY_NOTICES } from '../src/calendar/seed/holiday-notices.seed';
import { holidayNoticesFromPackage } from './holiday-seed-source';

const run = promisify(execFile);
const libraryRoot = join(__dirname, '..');

describe('calendar seed generated from chinese-days', () => {
  it('the checked-in seed files are what the script generates from the installed package', async () => {
    // In a child process: the package's lunar functions need TZ=Asia/Shanghai, which Jest cannot switch.
    const { stdout } = await run(
      process.execPath,
      ['-r', join(__dirname, 'ts-register.cjs'), join(__dirname, 'generate-holiday-seed.ts'), '--print'],
      { env: { ...process.env, TZ: 'Asia/Shanghai' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const generated = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(generated).sort()).toEqual([
      'src/calendar/seed/holiday-notices.seed.ts',
      'src/calendar/seed/lunar-festival-dates.seed.ts',
    ]);
    for (const [path, content] of Object.entries(generated)) {
      expect([path, readFileSync(join(libraryRoot, path), 'utf8')]).toEqual([path, content]);
    }
  }, 60_000);

  it('the seeded notices are the package data (read here as plain JSON, independent of time zone)', () => {
    expect(SEEDED_HOLIDAY_NOTICES).toEqual(holidayNoticesFromPackage());
  });

  it('covers at least 2020–2026 with the document number of each notice', () => {
    const years = SEEDED_HOLIDAY_NOTICES.map((notice) => notice.year);
    expect(years.slice(0, 7)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const notice of SEEDED_HOLIDAY_NOTICES) expect(notice.document).toMatch(/^国办发明电〔\d{4}〕\d+号/);
  });
});
