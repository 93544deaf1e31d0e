import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, registerAs } from '@nestjs/config';
import { readEnvConfig } from '@hotline/contracts';

/**
 * A service's one config class through `@nestjs/config`: read from the service's environment (the process's, or the
 * variables a test handed to `bootstrapService({ env })`) and validated when the app is created, so that a missing
 * or invalid variable stops the service at start with a message naming it. Inject the class itself.
 * The libraries' own settings (NATS, Postgres, JWT, time limits) are their config classes, read the same way.
 */
@Module({})
export class ServiceConfigModule {
  static forRoot<T extends object>(configClass: new () => T): DynamicModule {
    const variables = registerAs(configClass.name, () => readEnvConfig(configClass));
    return {
      module: ServiceConfigModule,
      global: true,
      // No .env file and no fallback to process.env: every value comes from the validated class.
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validatePredefined: false,
          skipProcessEnv: true,
          load: [variables],
        }),
      ],
      providers: [{ provide: configClass, useFactory: (config: T) => config, inject: [variables.KEY] }],
      exports: [configClass],
    };
  }
}
