// npm run bench:statements [-- --lifecycles 30 --layout together | --assist 100 [--later] [--prefill 4000]]: every
// SQL statement the platform sends for a complete lifecycle (or, with --assist, for one recorded request), by service
// and by kind, with the server's time for each (parse, bind and execute), from Postgres's own log
// (log_min_duration_statement = 0 on the bench's database only). One client, one after another, so that nothing else
// is in the log.
import { createTestEnvironment, PlatformLayout, startPlatform, ALL_BACKENDS } from '@hotline/testing';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { call } from './lifecycle/http-client';
import { actorsOf, oneLifecycle, requestBody } from './lifecycle/lifecycle-client';
import { analyzeDatabase } from './lifecycle/planner-statistics';
import { Recorder } from './lifecycle/recorder';
import { reportModelFolded } from './lifecycle/report-model-drain';
import { numberArgument, textArgument } from './support/arguments';

const SERVER_LOG = process.env['HOTLINE_POSTGRES_LOG'] ?? '/var/log/postgresql/postgresql-15-main.log';
const LIFECYCLES = numberArgument('lifecycles', 30);
/** Inline-assist requests instead of lifecycles (0: lifecycles); with --later, requests recorded with `?assist=later`. */
const ASSIST_REQUESTS = numberArgument('assist', 0);
const LATER = process.argv.includes('--later');
/** Requests recorded (`?assist=later`, 16 at a time) before the measured ones: the repeat scan's reads depend on them. */
const PREFILL = numberArgument('prefill', 0);
const LAYOUT = textArgument('layout', 'apart') as PlatformLayout;

/** A statement's kind: its verb and the table it is about, literals and parameters aside. */
export function statementKind(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  const verb = (/^\w+/.exec(text)?.[0] ?? '?').toUpperCase();
  const table =
    /\b(?:INTO|UPDATE|FROM|JOIN)\s+("?[\w]+"?\.)?"?(\w+)"?/i.exec(text)?.[2] ??
    /pg_\w+|nextval|now\(\)/.exec(text)?.[0] ??
    text.slice(0, 40);
  return `${verb} ${table}`.trim();
}

/** Statements (executes and simple queries) and the server's ms (parse, bind and execute) of each kind. */
interface Tally {
  byService: Map<string, { count: number; ms: number }>;
  byKind: Map<string, { count: number; ms: number }>;
}

/** Postgres's log entries of `database` with their duration; a statement's continuation lines start with a tab. */
export function tallyStatements(log: string, database: string, serviceOfPid: (pid: string) => string): Tally {
  const entries = log.split('\n').reduce<string[]>((joined, line) => {
    if (line.startsWith('\t') && joined.length > 0) joined[joined.length - 1] += ` ${line.trim()}`;
    else joined.push(line);
    return joined;
  }, []);
  const timed = new RegExp(
    `^\\S+ \\S+ \\S+ \\[(\\d+)\\] \\S+@${database} LOG:\\s+duration: ([\\d.]+) ms\\s+(statement|parse|bind|execute)[^:]*: (.*)$`,
  );
  const tally: Tally = { byService: new Map(), byKind: new Map() };
  const add = (map: Tally['byKind'], key: string, ms: number, counted: boolean) => {
    const sum = map.get(key) ?? { count: 0, ms: 0 };
    map.set(key, { count: sum.count + (counted ? 1 : 0), ms: sum.ms + ms });
  };
  for (const entry of entries) {
    const [, pid, duration, step, sql] = timed.exec(entry) ?? [];
    if (pid === undefined || sql === undefined) continue;
    const service = serviceOfPid(pid);
    const counted = step === 'statement' || step === 'execute';
    add(tally.byService, service, Number(duration), counted);
    add(tally.byKind, `${service}: ${statementKind(sql)}`, Number(duration), counted);
  }
  return tally;
}

function report(tally: Tally, runs: number, title: string): string {
  const per = (n: number, digits = 1) => Math.round((n / runs) * 10 ** digits) / 10 ** digits;
  const sums = [...tally.byService.values()];
  const total = {
    count: sums.reduce((sum, { count }) => sum + count, 0),
    ms: sums.reduce((sum, { ms }) => sum + ms, 0),
  };
  const rows = (map: Tally['byKind'], minimum: number) =>
    [...map]
      .sort((a, b) => b[1].ms - a[1].ms)
      .filter(([, { count, ms }]) => per(count) >= minimum || per(ms, 2) >= 0.05)
      .map(([name, { count, ms }]) => `| ${name} | ${per(count)} | ${per(ms, 2)} |`);
  return [
    `# SQL statements per ${title}`,
    '',
    `all: ${per(total.count)} statements, ${per(total.ms, 2)} ms in the server (parse, bind and execute)`,
    '',
    '| service | statements | server ms |',
    '|---|---|---|',
    ...rows(tally.byService, 0),
    '',
    '| service: statement | statements | server ms |',
    '|---|---|---|',
    ...rows(tally.byKind, 0.5),
  ].join('\n');
}

function readFrom(path: string, offset: number): string {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

async function main(): Promise<void> {
  const environment = await createTestEnvironment('statements');
  const database = new URL(environment.databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: environment.databaseUrl });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${database}" SET log_min_duration_statement = 0`);
  const platform = await startPlatform(
    { ...environment.env, LOG_LEVEL: 'warn', HOTLINE_OUTBOX_POLL_MS: '1000' },
    undefined,
    ALL_BACKENDS,
    LAYOUT,
  );
  try {
    const actors = await actorsOf(platform);
    const recorder = new Recorder();
    const record = (path: string, client: number, n: number) =>
      call(platform.gatewayUrl, 'POST', path, actors.operator, requestBody(client, n), 201);
    const measured = LATER ? '/api/v1/requests?assist=later' : '/api/v1/requests';
    const one = (n: number) =>
      ASSIST_REQUESTS > 0 ? record(measured, 0, n) : oneLifecycle(platform.gatewayUrl, actors, recorder, 0, n);
    for (let batch = 0; batch < PREFILL; batch += 16) {
      const clients = Array.from({ length: Math.min(16, PREFILL - batch) }, (_, index) => 1 + index);
      await Promise.all(
        clients.map((client) => record('/api/v1/requests?assist=later', client, 10_000 + batch + client)),
      );
    }
    for (let warm = 0; warm < 3; warm++) await one(warm);
    await analyzeDatabase(environment.databaseUrl);
    await reportModelFolded(environment.databaseUrl);
    // Pools open and close connections as they go: whose each backend is, is noted while the lifecycles run.
    const serviceOf = new Map<string, string>();
    const noteBackends = async () => {
      const { rows } = await admin.query<{ pid: number; application_name: string }>(
        `SELECT pid, application_name FROM pg_stat_activity WHERE datname = $1`,
        [database],
      );
      for (const row of rows) serviceOf.set(String(row.pid), row.application_name.replace(/^hotline-/, ''));
    };
    const noting = setInterval(() => void noteBackends().catch(() => undefined), 100);
    const from = statSync(SERVER_LOG).size;
    const runs = ASSIST_REQUESTS > 0 ? ASSIST_REQUESTS : LIFECYCLES;
    for (let n = 0; n < runs; n++) await one(100 + n);
    await reportModelFolded(environment.databaseUrl);
    await new Promise((resolve) => setTimeout(resolve, 6_000)); // the relays' and jobs' rounds after the last step
    clearInterval(noting);
    await noteBackends();
    const tally = tallyStatements(readFrom(SERVER_LOG, from), database, (pid) => serviceOf.get(pid) ?? 'gone');
    const request = LATER ? 'request recorded with `?assist=later`' : 'request recorded with the inline assist';
    const subject = ASSIST_REQUESTS > 0 ? request : 'complete lifecycle';
    const what = ASSIST_REQUESTS > 0 ? 'requests' : 'lifecycles';
    process.stdout.write(`${report(tally, runs, `${subject} (${runs} ${what} one after another, ${LAYOUT})`)}\n`);
  } finally {
    await admin.query(`ALTER DATABASE "${database}" RESET log_min_duration_statement`).catch(() => undefined);
    await admin.end();
    await platform.stop();
    await environment.teardown();
  }
}

if (require.main === module) void main();
