import { Controller, Get } from '@nestjs/common';
import { PlatformHealth } from './platform-health';
import { readinessOrThrow, ReadinessBody } from './health-response';

/** Liveness and readiness of a backend service, on its internal HTTP port. */
@Controller()
export class ServiceHealthController {
  constructor(private readonly health: PlatformHealth) {}

  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(): Promise<ReadinessBody> {
    return readinessOrThrow((await this.health.report()).dependencies);
  }
}
