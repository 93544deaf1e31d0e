import {
  initializeServiceDataSource,
  schemaOf,
  ServiceDataSourceConfig,
  serviceDataSourceOptions,
} from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { createTestEnvironment, TestEnvironment } from './test-environment';

/**
 * Runs a service's migrations on an empty database, then asks TypeORM what it would still change to
 * match the entities. Anything it answers is drift: an entity changed without a migration.
 */
export async function pendingSchemaChanges(config: ServiceDataSourceConfig): Promise<string[]> {
  const dataSource = await initializeServiceDataSource(serviceDataSourceOptions(config));
  try {
    return await changesToMatchEntities(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The SQL TypeORM would run to make the schema match the entities: none when migrations and entities agree. */
async function changesToMatchEntities(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

/** The tables and views of the service's schema, by name, other than TypeORM's own (its migrations and metadata). */
async function relationsOf(dataSource: DataSource, schema: string): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'm', 'p')
       AND c.relname NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
    [schema],
  )) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/**
 * Undoes every migration, newest first, as rolling a release back would, then runs them all again: the tables left
 * when all are undone, and what TypeORM would still change after they ran again.
 */
export async function undoAndRedoMigrations(
  config: ServiceDataSourceConfig,
): Promise<{ leftWhenUndone: string[]; pendingWhenRedone: string[] }> {
  const dataSource = await initializeServiceDataSource(serviceDataSourceOptions(config));
  try {
    for (let undone = 0; undone < dataSource.migrations.length; undone++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const leftWhenUndone = await relationsOf(dataSource, schemaOf(config.service));
    await dataSource.runMigrations({ transaction: 'each' });
    return { leftWhenUndone, pendingWhenRedone: await changesToMatchEntities(dataSource) };
  } finally {
    await dataSource.destroy();
  }
}

/** The drift check as a test suite, for a service's `test/schema-drift.int-spec.ts`. */
export function describeSchemaDrift(config: Omit<ServiceDataSourceConfig, 'url'>): void {
  describe(`${config.service}: entities and migrations agree (schema drift check)`, () => {
    let environment: TestEnvironment;

    beforeAll(async () => {
      environment = await createTestEnvironment('drift');
    });

    afterAll(async () => {
      await environment?.teardown();
    });

    it('migrations build exactly what the entities describe, with nothing left for synchronize', async () => {
      expect(await pendingSchemaChanges({ ...config, url: environment.databaseUrl })).toEqual([]);
    });

    it('undoes every migration down to no table, and builds the same schema again', async () => {
      const roundTrip = await undoAndRedoMigrations({ ...config, url: environment.databaseUrl });
      expect(roundTrip).toEqual({ leftWhenUndone: [], pendingWhenRedone: [] });
    });
  });
}
