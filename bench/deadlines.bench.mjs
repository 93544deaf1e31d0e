// Deadline computations per second on one core (a benchmark script, not a test).
//   npx tsc -p libs/domain/tsconfig.lib.json   # or: npm run build
//   node bench/deadlines.bench.mjs [--seconds 2]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let domain;
try {
  domain = require(join(root, 'dist/libs/domain/src/index.js'));
} catch (error) {
  console.error('build the library first: npx tsc -p libs/domain/tsconfig.lib.json (or npm run build)');
  console.error(String(error));
  process.exit(1);
}

const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 2;

// Start instants spread over 2020–2026 at all hours, and period lengths of the regulation.
const SAMPLES = 4096;
const starts = [];
const lengths = [];
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
for (let i = 0; i < SAMPLES; i++) {
  starts.push(new Date(Date.UTC(2020, 0, 1) + (next() % (7 * 365 - 30)) * 86_400_000 + (next() % 86_400_000)));
  lengths.push([1, 2, 3, 5, 10][next() % 5]);
}

function measure(label, compute) {
  let sink = 0;
  for (let i = 0; i < 200_000; i++) sink += compute(i & (SAMPLES - 1)); // warm-up
  const budget = seconds * 1e9;
  const began = process.hrtime.bigint();
  let count = 0;
  let elapsed = 0;
  while (elapsed < budget) {
    for (let i = 0; i < 100_000; i++) sink += compute(i & (SAMPLES - 1));
    count += 100_000;
    elapsed = Number(process.hrtime.bigint() - began);
  }
  const perSecond = Math.round(count / (elapsed / 1e9));
  console.log(`${label}: ${perSecond} per second`);
  return { perSecond, sink };
}

const results = [
  measure('deadlines', (i) => domain.deadlineAfterWorkingDays(starts[i], lengths[i]).due.getTime() & 1),
  measure(
    'deadline(kind) with policy record',
    (i) => domain.deadline('handling', starts[i], { type: i & 1 ? 'consultation' : 'complaint' }).due.getTime() & 1,
  ),
];
if (results.some((result) => Number.isNaN(result.sink))) process.exit(1);
