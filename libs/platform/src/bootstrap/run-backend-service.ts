import { Logger, Type } from '@nestjs/common';
import { BackendServiceName, readEnvConfig } from '@hotline/contracts';
import { PersistenceConfig } from '@hotline/persistence';
import { TelemetryHandle } from '@hotline/telemetry';
import { bootstrapService, ServiceBootstrapOptions } from './bootstrap-service';
import { migrateAndExit } from './migrate-and-exit';

/** What every backend service's config class holds: its internal health port. */
export interface BackendServiceConfig {
  HEALTH_PORT: number;
}

/** How a backend service starts: NATS transport, and health endpoints on the port its config class names. */
export function backendServiceOptions(
  service: BackendServiceName,
  config: Type<BackendServiceConfig>,
): Omit<ServiceBootstrapOptions, 'telemetry'> {
  return { service, port: (app) => app.get(config).HEALTH_PORT, nats: true };
}

/**
 * main() of a backend service: NATS transport plus health endpoints on the internal port its config class names
 * (HEALTH_PORT, validated with the rest of the class when the app is created). With `HOTLINE_MIGRATIONS=only`, runs
 * the service's migrations and exits 0 instead (the migration Job).
 */
export function runBackendService(
  appModule: Type<unknown>,
  service: BackendServiceName,
  telemetry: TelemetryHandle,
  config: Type<BackendServiceConfig>,
): void {
  const started = Promise.resolve().then(() =>
    readEnvConfig(PersistenceConfig).HOTLINE_MIGRATIONS === 'only'
      ? migrateAndExit(appModule, service, telemetry).then(() => process.exit(0))
      : bootstrapService(appModule, { ...backendServiceOptions(service, config), telemetry }),
  );
  started.catch((error: unknown) => {
    Logger.error(`${service} failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
    process.exit(1);
  });
}
