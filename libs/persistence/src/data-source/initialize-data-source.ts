import { DataSource, DataSourceOptions } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/**
 * What a service does with its migrations at start: `run` them (development, tests, compose), `skip` them because
 * a migration Job ran them before the rollout (the service then refuses to start while any is pending), or run
 * `only` them and exit (the Job itself).
 */
export const MIGRATIONS_MODES = ['run', 'skip', 'only'] as const;
export type MigrationsMode = (typeof MIGRATIONS_MODES)[number];

/** Same lock for every replica of every service: migrations of one database run one at a time. */
const MIGRATION_LOCK = 1_234_500_001;

/**
 * Connects and, unless told to skip them, creates the service's schema and runs pending migrations under an advisory
 * lock so that replicas starting together do not race. Never uses `synchronize`.
 */
export async function initializeServiceDataSource(
  options: DataSourceOptions,
  migrations: MigrationsMode = 'run',
): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  const schema = (options as PostgresConnectionOptions).schema ?? 'public';
  try {
    if (migrations === 'skip') await assertMigrated(dataSource, schema);
    else await migrate(dataSource, schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Reads the migrations table without creating it (TypeORM's own check would): a skipping service changes nothing. */
async function assertMigrated(dataSource: DataSource, schema: string): Promise<void> {
  const table = `"${schema}"."${dataSource.options.migrationsTableName ?? 'migrations'}"`;
  const [{ present }] = (await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS present', [table])) as Array<{
    present: boolean;
  }>;
  const applied = present
    ? new Set(((await dataSource.query(`SELECT name FROM ${table}`)) as Array<{ name: string }>).map((row) => row.name))
    : new Set<string>();
  const pending = dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
  if (pending.length > 0) {
    throw new Error(
      `HOTLINE_MIGRATIONS=skip, but schema ${schema} has ${pending.length} pending migration(s) (${pending.join(', ')}): ` +
        'run the migration Job (HOTLINE_MIGRATIONS=only) before this rollout',
    );
  }
}
