import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@hotline/auth';
import { ReadinessCheck } from '@hotline/platform';
import { HealthCheck, HealthCheckResult } from '@nestjs/terminus';
import { Readiness } from './readiness';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly readiness: Readiness,
    private readonly check: ReadinessCheck,
  ) {}

  @Get('healthz')
  @ApiOperation({ summary: 'Liveness of the gateway process' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  @ApiOperation({ summary: 'Readiness of the gateway and of every service behind it (503 names what is down)' })
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.check.run(() => this.readiness.check());
  }
}
