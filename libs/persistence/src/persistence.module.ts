import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { readEnvConfig } from '@hotline/contracts';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { DataSourceOptions } from 'typeorm';
import {
  ServiceDataSourceConfig,
  serviceDataSourceOptions,
  DEFAULT_DATABASE_URL,
} from './data-source/data-source-options';
import { initializeServiceDataSource, MIGRATIONS_MODES, MigrationsMode } from './data-source/initialize-data-source';
import { DeadLetterStore } from './dead-letters/dead-letter-store';
import { Inbox } from './inbox/inbox';
import { OutboxStore } from './outbox/outbox-store';
import { OutboxWriter } from './outbox/outbox-writer';
import { WorkOrderCopies } from './work-orders/work-order-copies';
import { WorkOrderFollower } from './work-orders/work-order-follower';
import { WorkOrderStates } from './work-orders/work-order-states';
import { Transactions } from './transactions/transactions';
import {
  HandoverConfig,
  WORK_ORDER_STATES_OPTIONS,
  WorkOrderStatesOptions,
} from './work-orders/work-order-states.options';

export class PersistenceConfig {
  @IsString()
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** `run` at start (default), `skip` (a migration Job ran them before the rollout), `only`: migrate and exit. */
  @IsIn(MIGRATIONS_MODES)
  HOTLINE_MIGRATIONS: MigrationsMode = 'run';
}

export type PersistenceModuleOptions = Omit<ServiceDataSourceConfig, 'url' | 'poolSize'> & {
  /** The service's settings for its work-order copies; without them, HOTLINE_HANDOVER_WAIT_MS is read here. */
  workOrderStates?: () => WorkOrderStatesOptions;
};

const PLATFORM_PROVIDERS = [
  OutboxWriter,
  OutboxStore,
  Inbox,
  DeadLetterStore,
  WorkOrderStates,
  WorkOrderCopies,
  WorkOrderFollower,
  Transactions,
];

/** A service's own schema, migrated at start, with the outbox, inbox and dead letters every service has. */
@Module({})
export class PersistenceModule {
  static forService({ workOrderStates, ...options }: PersistenceModuleOptions): DynamicModule {
    const workOrderStatesOptions = {
      provide: WORK_ORDER_STATES_OPTIONS,
      useFactory:
        workOrderStates ??
        ((): WorkOrderStatesOptions => ({ handoverWaitMs: readEnvConfig(HandoverConfig).HOTLINE_HANDOVER_WAIT_MS })),
    };
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => {
            const config = readEnvConfig(PersistenceConfig);
            return serviceDataSourceOptions({
              ...options,
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
            });
          },
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('PersistenceModule: no data source options');
            return initializeServiceDataSource(dataSourceOptions, readEnvConfig(PersistenceConfig).HOTLINE_MIGRATIONS);
          },
        }),
      ],
      providers: [...PLATFORM_PROVIDERS, workOrderStatesOptions],
      exports: [...PLATFORM_PROVIDERS, WORK_ORDER_STATES_OPTIONS, TypeOrmModule],
    };
  }
}
