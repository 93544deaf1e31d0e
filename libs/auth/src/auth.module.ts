import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { type AuthConfig, resolveAuthConfig } from './auth-config';
import { AUTH_CONFIG } from './auth.constants';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

export interface AuthModuleOptions {
  /** Defaults to `resolveAuthConfig()` of the service's environment, read once at boot (so a production process without a key stops). */
  config?: AuthConfig;
  /** Guard every HTTP route with `JwtAuthGuard` then `RolesGuard`; opt a route out with `@Public()`. Default true. */
  guardAllRoutes?: boolean;
}

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    const { config } = options;
    const configProvider: Provider = config
      ? { provide: AUTH_CONFIG, useValue: config }
      : { provide: AUTH_CONFIG, useFactory: () => resolveAuthConfig() };
    // Registration order is execution order: authenticate first, then check roles.
    const appGuards: Provider[] =
      options.guardAllRoutes === false
        ? []
        : [
            { provide: APP_GUARD, useExisting: JwtAuthGuard },
            { provide: APP_GUARD, useExisting: RolesGuard },
          ];
    return {
      module: AuthModule,
      global: true,
      providers: [configProvider, JwtAuthGuard, RolesGuard, ...appGuards],
      exports: [AUTH_CONFIG, JwtAuthGuard, RolesGuard],
    };
  }
}
