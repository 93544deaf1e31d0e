import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { readEnvConfig } from '@hotline/contracts';
import { Clock, ClockConfig } from './clock/clock';
import { TestClockListener } from './clock/test-clock.listener';
import { ReadinessCheck } from './health/readiness-check';
import { ServiceHealthController } from './health/service-health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { PlatformGauges } from './metrics/platform-gauges';
import { ServiceMetrics } from './metrics/service-metrics';

const PROVIDERS: Provider[] = [
  ReadinessCheck,
  { provide: Clock, useFactory: () => new Clock(readEnvConfig(ClockConfig)) },
  TestClockListener,
  ServiceMetrics,
  PlatformGauges,
];

/**
 * What every service process has beside its transport: the clock (and its test command) and Terminus readiness.
 * Needs MessagingModule.
 */
@Module({})
export class PlatformModule {
  /** A backend service: also `/healthz`, `/readyz` and `/metrics` on its internal health port. */
  static forService(): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [ServiceHealthController, MetricsController],
      providers: PROVIDERS,
      exports: [ReadinessCheck, Clock, ServiceMetrics],
    };
  }

  /** The gateway, which answers `/healthz`, `/readyz` and `/metrics` with its own controllers. */
  static forClient(): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      providers: PROVIDERS,
      exports: [ReadinessCheck, Clock, ServiceMetrics],
    };
  }
}
