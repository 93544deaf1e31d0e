import { initializeServiceDataSource, serviceDataSourceOptions } from '@hotline/persistence';
import { createTestEnvironment } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { SUPERVISION_ENTITIES, SUPERVISION_MIGRATIONS } from '../../services/supervision/src/app.module';

/** A throwaway database with supervision's schema, built by its own migrations, for a benchmark to fill. */
export interface SupervisionDatabase {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function supervisionDatabase(name: string): Promise<SupervisionDatabase> {
  const environment = await createTestEnvironment(name);
  const dataSource = await initializeServiceDataSource(
    serviceDataSourceOptions({
      service: 'supervision',
      url: environment.databaseUrl,
      entities: SUPERVISION_ENTITIES,
      migrations: SUPERVISION_MIGRATIONS,
    }),
  );
  return {
    url: environment.databaseUrl,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await environment.teardown();
    },
  };
}
