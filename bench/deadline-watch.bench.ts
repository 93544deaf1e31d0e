// npm run bench:deadline-watch: the deadline watch's sweep against 1,000,000 open work orders' watched deadlines in a
// throwaway schema of the local Postgres (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres). Each
// sweep runs the service's own statements (services/supervision/src/deadline-watch/sweep-sql.ts) on the table and
// partial indexes its migration builds, under EXPLAIN (ANALYZE, BUFFERS): time per sweep, rows read and buffers
// touched, against the number of deadlines due. The outbox rows the service writes beside them are not part of it.
//   node -r ./scripts/dist-paths.cjs dist/bench/deadline-watch.bench.js [--orders 1000000] [--batch 500]
import { currentEnvironment } from '@hotline/contracts';
import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { SupervisionCases1766000000001 } from '../services/supervision/src/migrations/1766000000001-supervision-cases';
import { claimDueSoonSql, claimOverdueSql } from '../services/supervision/src/deadline-watch/sweep-sql';
import { explainedStatement, Explained } from './deadline-watch/explained';
import { numberArgument } from './support/arguments';

const ORDERS = numberArgument('orders', 1_000_000);
const BATCH = numberArgument('batch', 500);
/** the deadlines are spread evenly over 30 days from BASE; each period is 5 days, due soon after 75 % of it */
const BASE = new Date('2030-01-01T00:00:00Z');
const SPREAD_MS = 30 * 24 * 3600 * 1000;
const STEP_MS = SPREAD_MS / ORDERS;
/** how many deadlines become newly due between one sweep and the next, in turn */
const NEWLY_DUE = [0, 1, 10, 100, 1_000, 10_000, 50_000];

interface SweepFigures {
  newlyDue: number;
  ms: number;
  overdue: number;
  dueSoon: number;
  statements: number;
  rowsRead: number;
  buffers: number;
}

/** A line of the report, on stdout as the other benchmarks write theirs. */
const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const databaseUrl = currentEnvironment()['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const schema = `bench_deadline_watch_${process.pid}`;
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    const runner = { connection: { options: { schema } }, query: (sql: string) => client.query(sql) };
    await new SupervisionCases1766000000001().up(runner as unknown as QueryRunner);
    const table = `"${schema}"."watched_deadlines"`;
    const began = Date.now();
    await client.query(
      `INSERT INTO ${table} (subject_id, subject, work_order_id, kind, starts_at, due, soon_at, running)
       SELECT id, 'work-order', id, 'handling', due - interval '5 days', due, due - interval '30 hours', true
       FROM (SELECT gen_random_uuid() AS id, $1::timestamptz + make_interval(secs => i * $2::float8 / 1000) AS due
             FROM generate_series(1, $3::int) AS i) generated`,
      [BASE, STEP_MS, ORDERS],
    );
    await client.query(`VACUUM ANALYZE ${table}`);
    const seeded = Date.now() - began;
    const sizes = await client.query(
      `SELECT relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND relname LIKE '%watched_deadlines%'
       ORDER BY relname`,
      [schema],
    );
    print(`seeded ${ORDERS.toLocaleString('en')} running deadlines in ${seeded} ms`);
    for (const row of sizes.rows) print(`  ${row.name}: ${row.size}`);

    // The first sweep, 5 days after BASE, meets a backlog (every deadline due by then, and those due soon).
    const results: SweepFigures[] = [];
    let dueSoFar = Math.floor((5 * 24 * 3600 * 1000) / STEP_MS);
    results.push(await sweep(client, table, instantAfter(dueSoFar), dueSoFar));
    for (const newlyDue of NEWLY_DUE) {
      dueSoFar += newlyDue;
      results.push(await sweep(client, table, instantAfter(dueSoFar), newlyDue));
    }
    const { rows } = await client.query(`EXPLAIN ${claimOverdueSql(table)}`, [instantAfter(dueSoFar), BATCH]);
    print(
      `\nplan of the overdue claim:\n${rows.map((row: Record<string, string>) => `  ${row['QUERY PLAN']}`).join('\n')}`,
    );
    print(`\nsweeps (batch ${BATCH}; rows read = tuples the scans of watched_deadlines returned):`);
    print('| newly due | overdue announced | due soon announced | statements | ms | rows read | buffers |');
    print('|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      print(
        `| ${r.newlyDue} | ${r.overdue} | ${r.dueSoon} | ${r.statements} | ${r.ms.toFixed(1)} | ${r.rowsRead} | ${r.buffers} |`,
      );
    }
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

const instantAfter = (count: number) => new Date(BASE.getTime() + Math.ceil(count * STEP_MS));

/** One sweep as the service runs it: overdue claims until a batch comes back short, then due-soon claims. */
async function sweep(client: Client, table: string, now: Date, newlyDue: number): Promise<SweepFigures> {
  const figures: SweepFigures = { newlyDue, ms: 0, overdue: 0, dueSoon: 0, statements: 0, rowsRead: 0, buffers: 0 };
  for (const [sql, key] of [
    [claimOverdueSql(table), 'overdue'],
    [claimDueSoonSql(table), 'dueSoon'],
  ] as const) {
    for (;;) {
      const explained: Explained = await explainedStatement(client, sql, [now, BATCH], table);
      figures.statements += 1;
      figures.ms += explained.ms;
      figures.rowsRead += explained.rowsRead;
      figures.buffers += explained.buffers;
      figures[key] += explained.rows;
      if (explained.rows < BATCH) break;
    }
  }
  return figures;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
