import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { readEnvConfig } from '@hotline/contracts';
import { Clock, ClockConfig } from './clock/clock';
import { TestClockListener } from './clock/test-clock.listener';
import { ReadinessCheck } from './health/readiness-check';
import { ServiceHealthController } from './health/service-health.controller';

const PROVIDERS: Provider[] = [
  ReadinessCheck,
  { provide: Clock, useFactory: () => new Clock(readEnvConfig(ClockConfig)) },
  TestClockListener,
];

/**
 * What every service process has beside its transport: the clock (and its test command) and Terminus readiness.
 * Needs MessagingModule.
 */
@Module({})
export class PlatformModule {
  /** A backend service: also `/healthz` and `/readyz` on its internal health port. */
  static forService(): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [ServiceHealthController],
      providers: PROVIDERS,
      exports: [ReadinessCheck, Clock],
    };
  }

  /** The gateway, which answers `/healthz` and `/readyz` with its own controller. */
  static forClient(): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      providers: PROVIDERS,
      exports: [ReadinessCheck, Clock],
    };
  }
}
