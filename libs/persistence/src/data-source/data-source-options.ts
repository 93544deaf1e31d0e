import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { PLATFORM_ENTITIES } from '../platform-entities';
import { PlatformTables1764000000000 } from '../migrations/1764000000000-platform-tables';
import { HolidayNotices1764000000001 } from '../migrations/1764000000001-holiday-notices';
import { WorkOrderStates1764000000002 } from '../migrations/1764000000002-work-order-states';
import { OutboxNotifyTrigger1767800000000 } from '../migrations/1767800000000-outbox-notify-trigger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

export interface ServiceDataSourceConfig {
  /** The service name; also the Postgres schema that holds all of its tables. */
  service: string;
  url: string;
  entities?: EntityList;
  /** The service's own migrations; the platform tables' migrations always run first. */
  migrations?: Array<new () => unknown>;
  poolSize?: number;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/hotline';

export function schemaOf(service: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(service)) throw new Error(`Invalid schema name: ${service}`);
  return service;
}

export function serviceDataSourceOptions(config: ServiceDataSourceConfig): DataSourceOptions {
  const options: PostgresConnectionOptions = {
    type: 'postgres',
    url: config.url,
    schema: schemaOf(config.service),
    applicationName: `hotline-${config.service}`,
    entities: [
      ...PLATFORM_ENTITIES,
      ...((config.entities as unknown[]) ?? []),
    ] as PostgresConnectionOptions['entities'],
    migrations: [
      PlatformTables1764000000000,
      HolidayNotices1764000000001,
      WorkOrderStates1764000000002,
      OutboxNotifyTrigger1767800000000,
      ...(config.migrations ?? []),
    ],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.poolSize ?? 10 },
  };
  return options;
}
