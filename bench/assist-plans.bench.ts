// npm run bench:assist-plans -- [--requests 1500000] [--samples 40] [--plans]
// R13.2/R27.1 the inline assist's queries at city scale (1.5 M requests: a year at the planned 4,100 a day) in a
// throwaway database: intake's migrations build the tables, Postgres generates the rows, and each query the assist
// makes runs through intake's own repository, its time taken from `EXPLAIN ANALYZE` over `--samples` callers.
import { createTestEnvironment } from '@hotline/testing';
import { initializeServiceDataSource, serviceDataSourceOptions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { executionMs, percentile, writePlan } from './support/query-times';
import { INTAKE_ENTITIES, INTAKE_MIGRATIONS } from '../services/intake/src/app.module';
import { CallerMisuseFlagRepository } from '../services/intake/src/callers/caller-misuse-flag.repository';
import { CitizenRequestRepository } from '../services/intake/src/requests/citizen-request.repository';
import { isRepeatCandidate } from '@hotline/domain';
import { generateRequests } from './assist-plans/generate-requests';
import { numberArgument } from './support/arguments';

const REQUESTS = numberArgument('requests', 1_500_000);
const SAMPLES = numberArgument('samples', 40);
const PLANS = process.argv.includes('--plans');
/** The assist's own figures (R27.1 window, the repeat scan's candidates), as the service uses them. */
const MISUSE_WINDOW_MS = 60 * 60_000;
const CANDIDATES = 300;

interface Sample {
  callerPhoneHash: string;
  district: string;
  address: string;
  receivedAt: Date;
}

/** A data source that hands each query to `capture` instead of running it: the repositories' own SQL. */
function capturing(dataSource: DataSource, capture: (sql: string, parameters: unknown[]) => void): DataSource {
  const manager = new Proxy(dataSource.manager, {
    get: (target, key) =>
      key === 'query'
        ? (sql: string, parameters: unknown[] = []) => {
            capture(sql, parameters);
            return Promise.resolve([]);
          }
        : Reflect.get(target, key),
  });
  return new Proxy(dataSource, { get: (target, key) => (key === 'manager' ? manager : Reflect.get(target, key)) });
}

/** R13.2 the newest requests of the sample's caller or district, as the repeat scan's first read asks for them. */
const placesOf = (sample: Sample) => ({
  id: randomUUID(),
  callerPhoneHash: sample.callerPhoneHash,
  district: sample.district,
});

const QUERIES: Array<{ name: string; sql: (dataSource: DataSource, sample: Sample) => Promise<[string, unknown[]]> }> =
  [
    {
      name: 'repeat scan, first read: who and where, newest of the same caller or district (R13.2)',
      sql: (dataSource, sample) =>
        captured(dataSource, (source) =>
          new CitizenRequestRepository(source).repeatPlaces(placesOf(sample), CANDIDATES),
        ),
    },
    {
      name: 'repeat scan, second read: text and work order of the same caller or place (R13.2)',
      sql: async (dataSource, sample) => {
        const places = await new CitizenRequestRepository(dataSource).repeatPlaces(placesOf(sample), CANDIDATES);
        const fingerprint = { callerHash: sample.callerPhoneHash, district: sample.district, address: sample.address };
        const ids = places
          .filter((place) => isRepeatCandidate(fingerprint, { ...place, callerHash: place.callerPhoneHash }))
          .map((place) => place.id);
        return captured(dataSource, (source) => new CitizenRequestRepository(source).repeatCandidates(ids));
      },
    },
    {
      name: "misuse count: the caller's requests in the window (R27.1)",
      sql: (dataSource, sample) =>
        captured(dataSource, (source) =>
          new CitizenRequestRepository(source).ofCallersBetween(
            [sample.callerPhoneHash],
            new Date(sample.receivedAt.getTime() - MISUSE_WINDOW_MS),
            sample.receivedAt,
          ),
        ),
    },
    {
      name: "misuse flags: the caller's kinds (R27.1)",
      sql: (dataSource, sample) =>
        captured(dataSource, (source) => new CallerMisuseFlagRepository(source).groupsOfCaller(sample.callerPhoneHash)),
    },
  ];

async function captured(
  dataSource: DataSource,
  run: (source: DataSource) => Promise<unknown>,
): Promise<[string, unknown[]]> {
  let query: [string, unknown[]] = ['', []];
  await run(capturing(dataSource, (sql, parameters) => (query = [sql, parameters])));
  return query;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function load(dataSource: DataSource): Promise<void> {
  const indexes: Array<{ indexname: string; indexdef: string }> = await dataSource.query(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'intake' AND tablename IN ('requests', 'work_orders') AND indexname NOT LIKE 'PK\\_%' AND indexname NOT LIKE 'UQ\\_%'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX intake."${index.indexname}"`);
  await generateRequests(dataSource, REQUESTS);
  for (const index of indexes) await dataSource.query(index.indexdef);
  await dataSource.query('VACUUM ANALYZE intake.requests');
  await dataSource.query('VACUUM ANALYZE intake.work_orders');
  await dataSource.query('VACUUM ANALYZE intake.work_order_states');
}

async function main(): Promise<void> {
  const environment = await createTestEnvironment('bench-assist-plans');
  const dataSource = await initializeServiceDataSource(
    serviceDataSourceOptions({
      service: 'intake',
      url: environment.databaseUrl,
      entities: INTAKE_ENTITIES,
      migrations: INTAKE_MIGRATIONS,
    }),
  );
  try {
    const started = Date.now();
    await load(dataSource);
    const loadSeconds = (Date.now() - started) / 1000;
    const samples: Sample[] = (
      await dataSource.query(
        `SELECT caller_phone_hash, location->>'district' AS district, location->>'address' AS address, received_at
           FROM intake.requests TABLESAMPLE SYSTEM (1) LIMIT $1`,
        [SAMPLES],
      )
    ).map((row: { caller_phone_hash: string; district: string; address: string; received_at: Date }) => ({
      callerPhoneHash: row.caller_phone_hash,
      district: row.district,
      address: row.address,
      receivedAt: new Date(row.received_at),
    }));
    const queries: Array<Record<string, unknown>> = [];
    for (const query of QUERIES) {
      const times: number[] = [];
      let slowest = { ms: -1, sql: '', parameters: [] as unknown[] };
      for (const sample of samples) {
        const [sql, parameters] = await query.sql(dataSource, sample);
        await dataSource.query(sql, parameters); // a warm cache, as under load
        const ms = await executionMs(dataSource, sql, parameters);
        times.push(ms);
        if (ms > slowest.ms) slowest = { ms, sql, parameters };
      }
      if (PLANS) {
        await writePlan(dataSource, `${query.name}, slowest sample`, slowest.sql, slowest.parameters);
      }
      times.sort((a, b) => a - b);
      queries.push({
        query: query.name,
        p50Ms: round(percentile(times, 0.5)),
        p95Ms: round(percentile(times, 0.95)),
        maxMs: round(times.at(-1) ?? NaN),
      });
    }
    process.stdout.write(
      `${JSON.stringify({ requests: REQUESTS, samples: samples.length, loadSeconds, queries }, null, 2)}\n`,
    );
  } finally {
    await dataSource.destroy();
    await environment.teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
