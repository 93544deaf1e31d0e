import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Clock } from './clock/clock';
import { ReadinessCheck } from './health/readiness-check';
import { ServiceHealthController } from './health/service-health.controller';

const PROVIDERS: Provider[] = [ReadinessCheck, { provide: Clock, useFactory: () => new Clock() }];

/** What every service process has beside its transport: the clock and Terminus readiness. Needs MessagingModule. */
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
    return { module: PlatformModule, global: true, imports: [TerminusModule.forRoot({ logger: false })], providers: PROVIDERS, exports: [ReadinessCheck, Clock] };
  }
}
