// npm run bench:statements [-- --lifecycles 30 --layout together]: every SQL statement the platform sends for a
// complete lifecycle, by service and by kind, from Postgres's own statement log (log_statement = all on the bench's
// database only). One client, lifecycles one after another, so that nothing else is in the log.
import { createTestEnvironment, PlatformLayout, startPlatform, ALL_BACKENDS } from '@hotline/testing';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { actorsOf, oneLifecycle } from './lifecycle/lifecycle-client';
import { Recorder } from './lifecycle/recorder';
import { reportModelFolded } from './lifecycle/report-model-drain';

const SERVER_LOG = process.env['HOTLINE_POSTGRES_LOG'] ?? '/var/log/postgresql/postgresql-15-main.log';
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? String(process.argv[index + 1]) : fallback;
};
const LIFECYCLES = Number(argument('lifecycles', '30'));
const LAYOUT = argument('layout', 'apart') as PlatformLayout;

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
  await admin.query(`ALTER DATABASE "${database}" SET log_statement = 'all'`);
  const platform = await startPlatform(
    { ...environment.env, LOG_LEVEL: 'warn', HOTLINE_OUTBOX_POLL_MS: '1000' },
    undefined,
    ALL_BACKENDS,
    LAYOUT,
  );
  try {
    const actors = await actorsOf(platform);
    const recorder = new Recorder();
    for (let warm = 0; warm < 3; warm++) await oneLifecycle(platform.gatewayUrl, actors, recorder, 0, warm);
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
    for (let n = 0; n < LIFECYCLES; n++) await oneLifecycle(platform.gatewayUrl, actors, recorder, 0, 100 + n);
    await reportModelFolded(environment.databaseUrl);
    await new Promise((resolve) => setTimeout(resolve, 6_000)); // the relays' and jobs' rounds after the last step
    clearInterval(noting);
    await noteBackends();
    const log = readFrom(SERVER_LOG, from);
    const byService = new Map<string, number>();
    const byKind = new Map<string, number>();
    const line = new RegExp(`^\\S+ \\S+ \\S+ \\[(\\d+)\\] \\S+@${database} LOG:\\s+(?:statement|execute [^:]*): (.*)$`);
    for (const entry of log.split('\n')) {
      const [, pid, sql] = line.exec(entry) ?? [];
      if (pid === undefined || sql === undefined) continue;
      const service = serviceOf.get(pid) ?? 'gone';
      byService.set(service, (byService.get(service) ?? 0) + 1);
      const kind = `${service}: ${statementKind(sql)}`;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    const per = (n: number) => Math.round((n / LIFECYCLES) * 10) / 10;
    const total = [...byService.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `# SQL statements per complete lifecycle (${LIFECYCLES} lifecycles one after another, ${LAYOUT})`,
      '',
      `all: ${per(total)}`,
      '',
      '| service | statements |',
      '|---|---|',
      ...[...byService].sort((a, b) => b[1] - a[1]).map(([name, n]) => `| ${name} | ${per(n)} |`),
      '',
      '| service: statement | per lifecycle |',
      '|---|---|',
      ...[...byKind]
        .sort((a, b) => b[1] - a[1])
        .filter(([, n]) => per(n) >= 0.5)
        .map(([kind, n]) => `| ${kind} | ${per(n)} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await admin.query(`ALTER DATABASE "${database}" RESET log_statement`).catch(() => undefined);
    await admin.end();
    await platform.stop();
    await environment.teardown();
  }
}

if (require.main === module) void main();
