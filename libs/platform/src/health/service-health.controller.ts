import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult } from '@nestjs/terminus';
import { PlatformHealth } from '@hotline/messaging';
import { ReadinessCheck } from './readiness-check';

/** Liveness and readiness of a backend service, on its internal HTTP port. */
@Controller()
export class ServiceHealthController {
  constructor(
    private readonly health: PlatformHealth,
    private readonly readiness: ReadinessCheck,
  ) {}

  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.readiness.run(async () => (await this.health.report()).dependencies);
  }
}
