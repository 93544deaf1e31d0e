import { Injectable } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DependencyStatus } from '@hotline/contracts';

/** Terminus readiness from a list of dependency checks: 200 when all are up, 503 naming what is down. */
@Injectable()
export class ReadinessCheck {
  constructor(
    private readonly healthCheck: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  run(dependencies: () => Promise<DependencyStatus[]>): Promise<HealthCheckResult> {
    const results = dependencies();
    return this.healthCheck.check([
      async () => {
        const statuses = await results;
        return Object.assign(
          {},
          ...statuses.map((dependency) => {
            const indicator = this.indicators.check(dependency.name);
            return dependency.ok ? indicator.up() : indicator.down({ detail: dependency.detail });
          }),
        );
      },
    ]);
  }
}
