import { Logger, Type } from '@nestjs/common';
import { BACKEND_SERVICES, BackendServiceName } from '@hotline/contracts';
import { TelemetryHandle } from '@hotline/telemetry';
import { bootstrapService } from './bootstrap-service';

/** main() of a backend service: NATS transport plus health endpoints on its internal port (HEALTH_PORT). */
export function runBackendService(appModule: Type<unknown>, service: BackendServiceName, telemetry: TelemetryHandle): void {
  const port = Number(process.env['HEALTH_PORT'] ?? BACKEND_SERVICES[service]);
  bootstrapService(appModule, { service, port, telemetry, nats: true }).catch((error: unknown) => {
    Logger.error(`${service} failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
    process.exit(1);
  });
}
