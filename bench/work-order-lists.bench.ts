// npm run bench:lists -- [--orders 10000000] [--samples 40] [--plans] [--snapshot-bytes 1800] [--keep]
// R14.1 the work-order lists at city scale (10,000,000 orders is half a year of Beijing) in a throwaway database:
// supervision's migrations build the tables, Postgres generates the rows (indexes dropped for the load and built
// again after it), and each list a user opens runs through the repository's own query, its time taken from
// `EXPLAIN ANALYZE` over `--samples` different units, statuses and words. A primary-key read is the raw yardstick.
import { Actor, domainActorOf, WorkOrderFilters } from '@hotline/contracts';
import { workOrderVisibilityOf } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { executionMs, percentile, writePlan } from './support/query-times';
import { supervisionDatabase } from './support/supervision-database';
import {
  ListingOrder,
  WorkOrderPageRepository,
} from '../services/supervision/src/work-orders/work-order-page.repository';
import { coHandlingRowsOfListing } from '../services/supervision/src/migrations/1767900000001-co-handling-order';
import { LIST_BENCH_WORDS, generateListingRows } from './work-order-lists/generate-listing-rows';
import { numberArgument } from './support/arguments';

const ORDERS = numberArgument('orders', 10_000_000);
const SAMPLES = numberArgument('samples', 40);
const PLANS = process.argv.includes('--plans');
// a city's snapshot is about 2 kB of JSON; 0 leaves it empty, as the generator did before
const SNAPSHOT_BYTES = numberArgument('snapshot-bytes', 1_800);
// leaves the database for plans read by hand (its URL on stderr); drop it after
const KEEP = process.argv.includes('--keep');
const UNITS = 40;
const PAGE_ROWS = 21;
const TABLES = ['work_order_listing', 'work_order_co_handling'];

interface ListCase {
  name: string;
  viewer: (sample: number) => Actor;
  filters: (sample: number) => Omit<WorkOrderFilters, 'cursor' | 'limit' | 'sort'>;
  order: ListingOrder;
}

const unitActor = (sample: number): Actor => ({
  kind: 'user',
  id: `bench-${sample}`,
  role: 'unit',
  unitId: `xt-unit-${sample % UNITS}`,
});
const supervisor = (): Actor => ({ kind: 'user', id: 'bench-supervisor', role: 'supervisor' });

const CASES: ListCase[] = [
  { name: 'newest first (supervisor)', viewer: supervisor, filters: () => ({}), order: { sort: 'newest' } },
  { name: "a unit's inbox by nearest deadline", viewer: unitActor, filters: () => ({}), order: { sort: 'due' } },
  { name: "a unit's orders, newest first", viewer: unitActor, filters: () => ({}), order: { sort: 'newest' } },
  {
    name: "a unit's orders in a rare status",
    viewer: unitActor,
    filters: () => ({ status: 'return-requested' }),
    order: { sort: 'newest' },
  },
  {
    name: 'the overdue list (supervisor)',
    viewer: supervisor,
    filters: () => ({ overdue: true }),
    order: { sort: 'newest' },
  },
  {
    name: 'text: a word of the matter',
    viewer: supervisor,
    filters: (sample) => ({ text: LIST_BENCH_WORDS[sample % LIST_BENCH_WORDS.length] }),
    order: { sort: 'newest' },
  },
  {
    name: 'text: part of a work-order number',
    viewer: supervisor,
    filters: (sample) => ({ text: `${String(1000 + ((sample * 7919) % 9000))}` }),
    order: { sort: 'newest' },
  },
];

async function dropIndexes(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ indexname: string; indexdef: string }> = await dataSource.query(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'supervision' AND tablename = ANY($1) AND indexname NOT LIKE 'PK\\_%'`,
    [TABLES],
  );
  for (const row of rows) await dataSource.query(`DROP INDEX supervision."${row.indexname}"`);
  return rows.map((row) => row.indexdef);
}

async function main(): Promise<void> {
  const database = await supervisionDatabase('bench-lists');
  const { dataSource } = database;
  try {
    let started = Date.now();
    const indexes = await dropIndexes(dataSource);
    // the co-handling rows are written in one statement after the load, as the migration writes them for old rows,
    // not by the listing's trigger row by row
    await dataSource.query(`ALTER TABLE supervision.work_order_listing DISABLE TRIGGER USER`);
    const period = await generateListingRows(dataSource, ORDERS, UNITS, SNAPSHOT_BYTES);
    await dataSource.query(`ALTER TABLE supervision.work_order_listing ENABLE TRIGGER USER`);
    await dataSource.query(coHandlingRowsOfListing('supervision'));
    const loadSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    for (const definition of indexes) await dataSource.query(definition);
    await dataSource.query(`VACUUM ANALYZE supervision.work_order_listing, supervision.work_order_co_handling`);
    const indexSeconds = (Date.now() - started) / 1000;

    const repository = new WorkOrderPageRepository(dataSource);
    const ids: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM supervision.work_order_listing TABLESAMPLE SYSTEM (0.1) LIMIT $1`,
      [SAMPLES],
    );
    const raw: number[] = [];
    for (const { id } of ids)
      raw.push(await executionMs(dataSource, `SELECT * FROM supervision.work_order_listing WHERE id = $1`, [id]));
    raw.sort((a, b) => a - b);
    const rawP95 = percentile(raw, 0.95);

    const lists: Array<Record<string, unknown>> = [];
    for (const list of CASES) {
      const times: number[] = [];
      let slowest = { ms: -1, sql: '', parameters: [] as unknown[] };
      let found = 0;
      for (let sample = 0; sample < SAMPLES; sample++) {
        const query = repository.pageQuery({
          filters: list.filters(sample),
          order: list.order,
          visibility: workOrderVisibilityOf(domainActorOf(list.viewer(sample))),
          now: period.now,
          rows: PAGE_ROWS,
        });
        const [sql, parameters] = query.getQueryAndParameters();
        // the first run of a sample warms its pages: a list a user opens is read from a warm cache
        found += (await dataSource.query(sql, parameters)).length;
        const ms = await executionMs(dataSource, sql, parameters);
        times.push(ms);
        if (ms > slowest.ms) slowest = { ms, sql, parameters };
      }
      if (PLANS) {
        await writePlan(dataSource, `${list.name}, slowest sample`, slowest.sql, slowest.parameters);
      }
      times.sort((a, b) => a - b);
      lists.push({
        list: list.name,
        p50Ms: Math.round(percentile(times, 0.5) * 10) / 10,
        p95Ms: Math.round(percentile(times, 0.95) * 10) / 10,
        maxMs: Math.round(times[times.length - 1] * 10) / 10,
        p95AsRawReads: Math.round(percentile(times, 0.95) / rawP95),
        rowsPerPage: Math.round((found / SAMPLES) * 10) / 10,
      });
    }
    process.stdout.write(
      `${JSON.stringify(
        {
          orders: ORDERS,
          samples: SAMPLES,
          snapshotBytes: SNAPSHOT_BYTES,
          loadSeconds,
          indexSeconds,
          rawPrimaryKeyReadP95Ms: Math.round(rawP95 * 1000) / 1000,
          lists,
          target: { p95Ms: 50 },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    if (KEEP) {
      await dataSource.destroy();
      process.stderr.write(`kept: ${database.url}\n`);
    } else await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
