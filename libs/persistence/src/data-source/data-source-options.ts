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
  /**
   * Settings every connection of the service starts with (sent as `-c name=value` when it connects), such as an
   * extension's threshold that the service's queries rely on: no transaction has to set it first.
   */
  settings?: Readonly<Record<string, string>>;
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
    extra: { max: config.poolSize ?? 10, ...(config.settings ? { options: startupOptionsOf(config.settings) } : {}) },
  };
  return options;
}

/** The startup `options` of a connection that sets each of `settings` (names and values without spaces or quotes). */
export function startupOptionsOf(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => {
      if (!/^[a-z_][a-z0-9_.]*$/.test(name) || !/^[A-Za-z0-9_.:-]+$/.test(value))
        throw new Error(`Invalid connection setting: ${name}=${value}`);
      return `-c ${name}=${value}`;
    })
    .join(' ');
}
