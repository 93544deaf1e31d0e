import { INestApplication, Logger, Type } from '@nestjs/common';
import { currentEnvironment, readEnvConfig } from '@hotline/contracts';
import { PersistenceConfig } from '@hotline/persistence';
import { TelemetryHandle } from '@hotline/telemetry';
import { bootstrapService, onShutdownSignal, ServiceBootstrapOptions } from './bootstrap-service';
import { migrate } from './migrate-and-exit';

/** One service of a process that runs several: its module and how it starts (as its own main.ts would start it). */
export interface ServiceToRun {
  appModule: Type<unknown>;
  options: Omit<ServiceBootstrapOptions, 'telemetry' | 'handleSignals' | 'env'>;
}

/**
 * Several services in one Node process, for a machine too small for a process each (a city of a few hundred calls a
 * day). Each is the same Nest app as in its own process, on its own schema, NATS consumers and pool, talking to the
 * others over NATS as before; a backend's health port is any free one (the gateway's /readyz answers for the
 * platform). Started in the order given, closed in the reverse one on SIGTERM. `HOTLINE_MIGRATIONS=only` migrates
 * every schema and exits.
 */
export function runServicesTogether(services: ServiceToRun[], telemetry: TelemetryHandle): void {
  const started = (async () => {
    if (readEnvConfig(PersistenceConfig).HOTLINE_MIGRATIONS === 'only') {
      for (const { appModule, options } of services) await migrate(appModule, options.service);
      await telemetry.shutdown();
      process.exit(0);
    }
    const apps: INestApplication[] = [];
    onShutdownSignal(async () => {
      for (const app of [...apps].reverse()) await app.close();
    }, telemetry);
    for (const { appModule, options } of services) {
      const env = { ...currentEnvironment(), ...(options.nats ? { HEALTH_PORT: '0' } : {}) };
      apps.push(await bootstrapService(appModule, { ...options, telemetry, handleSignals: false, env }));
    }
  })();
  started.catch((error: unknown) => {
    Logger.error(`services failed to start: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
    process.exit(1);
  });
}
