// Writes the checked-in calendar seed from the chinese-days package (its data, not its run-time functions).
//   node -r ./libs/domain/scripts/ts-register.cjs libs/domain/scripts/generate-holiday-seed.ts [--print]
// --print writes the files' contents as JSON to stdout instead (the drift test uses it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chineseDaysVersion, holidayNoticesFromPackage, lunarFestivalDatesFromPackage } from './holiday-seed-source';
import {
  HOLIDAY_NOTICES_SEED_PATH,
  LUNAR_FESTIVAL_DATES_SEED_PATH,
  renderHolidayNoticesSeed,
  renderLunarFestivalDatesSeed,
} from './render-holiday-seed';

process.env.TZ = 'Asia/Shanghai';

export function renderSeedFiles(): Record<string, string> {
  const version = chineseDaysVersion();
  return {
    [HOLIDAY_NOTICES_SEED_PATH]: renderHolidayNoticesSeed(holidayNoticesFromPackage(), version),
    [LUNAR_FESTIVAL_DATES_SEED_PATH]: renderLunarFestivalDatesSeed(lunarFestivalDatesFromPackage(), version),
  };
}

if (require.main === module) {
  const files = renderSeedFiles();
  if (process.argv.includes('--print')) {
    process.stdout.write(JSON.stringify(files));
  } else {
    for (const [path, content] of Object.entries(files)) {
      writeFileSync(join(__dirname, '..', path), content);
      process.stdout.write(`wrote libs/domain/${path}\n`);
    }
  }
}
