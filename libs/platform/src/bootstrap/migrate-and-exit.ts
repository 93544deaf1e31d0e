import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, TelemetryHandle } from '@hotline/telemetry';

/**
 * Builds the service's modules, which creates its data source and so runs its migrations, then closes without opening
 * a port, consuming an event or connecting to NATS (the NATS connection opens on first use, in start-up hooks that
 * this never runs).
 */
export async function migrate(appModule: Type<unknown>, service: string): Promise<void> {
  const app = await NestFactory.createApplicationContext(appModule, {
    logger: new JsonLogger(service),
    abortOnError: false,
  });
  await app.close();
  Logger.log(`${service} migrations are up to date; exiting (HOTLINE_MIGRATIONS=only)`, 'Bootstrap');
}

/** `HOTLINE_MIGRATIONS=only` (the migration Job): the service's migrations, then the traces are flushed. */
export async function migrateAndExit(
  appModule: Type<unknown>,
  service: string,
  telemetry: TelemetryHandle,
): Promise<void> {
  await migrate(appModule, service);
  await telemetry.shutdown();
}
