import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { readEnvConfig } from '@hotline/contracts';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { DataSourceOptions } from 'typeorm';
import { ServiceDataSourceConfig, serviceDataSourceOptions, DEFAULT_DATABASE_URL } from './data-source/data-source-options';
import { initializeServiceDataSource } from './data-source/initialize-data-source';
import { DeadLetterStore } from './dead-letters/dead-letter-store';
import { Inbox } from './inbox/inbox';
import { OutboxStore } from './outbox/outbox-store';
import { OutboxWriter } from './outbox/outbox-writer';
import { WorkOrderStates } from './work-orders/work-order-states';

export class PersistenceConfig {
  @IsString()
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;
}

export type PersistenceModuleOptions = Omit<ServiceDataSourceConfig, 'url' | 'poolSize'>;

const PLATFORM_PROVIDERS = [OutboxWriter, OutboxStore, Inbox, DeadLetterStore, WorkOrderStates];

/** A service's own schema, migrated at start, with the outbox, inbox and dead letters every service has. */
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => {
            const config = readEnvConfig(PersistenceConfig);
            return serviceDataSourceOptions({ ...options, url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
          },
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('PersistenceModule: no data source options');
            return initializeServiceDataSource(dataSourceOptions);
          },
        }),
      ],
      providers: PLATFORM_PROVIDERS,
      exports: [...PLATFORM_PROVIDERS, TypeOrmModule],
    };
  }
}
