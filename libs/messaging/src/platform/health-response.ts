import { ServiceUnavailableException } from '@nestjs/common';
import { DependencyStatus } from '@hotline/contracts';

export interface ReadinessBody {
  status: 'ok' | 'error';
  checks: Record<string, { status: 'up' | 'down'; detail?: string }>;
}

/** The `/readyz` answer: 200 with every check up, or 503 saying which one is down and why. */
export function readinessOrThrow(dependencies: DependencyStatus[]): ReadinessBody {
  const checks = Object.fromEntries(
    dependencies.map((dependency) => [dependency.name, dependency.ok ? { status: 'up' as const } : { status: 'down' as const, detail: dependency.detail }]),
  );
  const ok = dependencies.every((dependency) => dependency.ok);
  const body: ReadinessBody = { status: ok ? 'ok' : 'error', checks };
  if (!ok) throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'not ready', details: body });
  return body;
}
