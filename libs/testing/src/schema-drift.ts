import { initializeServiceDataSource, ServiceDataSourceConfig, serviceDataSourceOptions } from '@hotline/persistence';
import { createTestEnvironment, TestEnvironment } from './test-environment';

/**
 * Runs a service's migrations on an empty database, then asks TypeORM what it would still change to
 * match the entities. Anything it answers is drift: an entity changed without a migration.
 */
export async function pendingSchemaChanges(config: ServiceDataSourceConfig): Promise<string[]> {
  const dataSource = await initializeServiceDataSource(serviceDataSourceOptions(config));
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
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
  });
}
