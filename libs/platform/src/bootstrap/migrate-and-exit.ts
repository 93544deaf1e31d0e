import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, TelemetryHandle } from '@hotline/telemetry';

/**
 * `HOTLINE_MIGRATIONS=only` (the migration Job): builds the service's modules, which creates its data source and so
 * runs its migrations, then closes without opening a port, consuming an event or connecting to NATS (the NATS
 * connection opens on first use, in start-up hooks that this never runs).
 */
export async function migrateAndExit(
  appModule: Type<unknown>,
  service: string,
  telemetry: TelemetryHandle,
): Promise<void> {
  const app = await NestFactory.createApplicationContext(appModule, {
    logger: new JsonLogger(service),
    abortOnError: false,
  });
  await app.close();
  await telemetry.shutdown();
  Logger.log(`${service} migrations are up to date; exiting (HOTLINE_MIGRATIONS=only)`, 'Bootstrap');
}
