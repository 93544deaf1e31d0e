import { Logger, Type } from '@nestjs/common';
import { BackendServiceName } from '@hotline/contracts';
import { TelemetryHandle } from '@hotline/telemetry';
import { bootstrapService } from './bootstrap-service';

/** What every backend service's config class holds: its internal health port. */
export interface BackendServiceConfig {
  HEALTH_PORT: number;
}

/**
 * main() of a backend service: NATS transport plus health endpoints on the internal port its config class names
 * (HEALTH_PORT, validated with the rest of the class when the app is created).
 */
export function runBackendService(
  appModule: Type<unknown>,
  service: BackendServiceName,
  telemetry: TelemetryHandle,
  config: Type<BackendServiceConfig>,
): void {
  bootstrapService(appModule, { service, port: (app) => app.get(config).HEALTH_PORT, telemetry, nats: true }).catch(
    (error: unknown) => {
      Logger.error(
        `${service} failed to start: ${error instanceof Error ? error.message : String(error)}`,
        'Bootstrap',
      );
      process.exit(1);
    },
  );
}
