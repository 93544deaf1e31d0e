import { INestApplication, Logger, LoggerService, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Environment, withEnvironment } from '@hotline/contracts';
import { JsonLogger, TelemetryHandle } from '@hotline/telemetry';
import { JetStreamServer } from '@hotline/messaging';
import { ProblemFilter } from '../boundary/problem.filter';
import { createValidationPipe } from '../boundary/validation.pipe';
import { cacheValidationMetadata } from '../boundary/validation-metadata-cache';
import { recordHttpMetrics } from '../metrics/http-metrics';

export interface ServiceBootstrapOptions {
  service: string;
  /**
   * HTTP port: the public port of the gateway, the internal health port of a backend service; or how to take it
   * from the created app (its config class).
   */
  port: number | ((app: INestApplication) => number);
  host?: string;
  telemetry: TelemetryHandle;
  /** Backend services consume and answer NATS; the gateway only calls. */
  nats: boolean;
  /** Tests run several apps in one process and close them themselves. */
  handleSignals?: boolean;
  logger?: LoggerService | false;
  /** Last touches before the port opens, e.g. the OpenAPI document. */
  beforeListen?: (app: INestApplication) => void;
  /**
   * Tests: the variables the service's config classes are read from, instead of the process's environment (which
   * a test must not change: several services share its process).
   */
  env?: Environment;
}

const FORCED_EXIT_MS = 9_500;

/** Starts a service the same way everywhere: JSON logs, validation, errors, NATS, graceful shutdown. */
export function bootstrapService(
  appModule: Type<unknown>,
  options: ServiceBootstrapOptions,
): Promise<INestApplication> {
  return options.env ? withEnvironment(options.env, () => start(appModule, options)) : start(appModule, options);
}

async function start(appModule: Type<unknown>, options: ServiceBootstrapOptions): Promise<INestApplication> {
  cacheValidationMetadata();
  const logger = options.logger ?? new JsonLogger(options.service);
  const app = await NestFactory.create(appModule, { logger, forceCloseConnections: true, abortOnError: false });
  app.use(recordHttpMetrics);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  if (options.nats) {
    app.connectMicroservice({ strategy: app.get(JetStreamServer) }, { inheritAppConfig: true });
    // Start-up hooks (seeding the directory, starting the relay) finish before NATS requests and events are
    // served: a hybrid app would otherwise run them only in listen(), after its handlers had begun answering.
    await app.init();
    await app.startAllMicroservices();
  }
  options.beforeListen?.(app);
  await app.listen(typeof options.port === 'number' ? options.port : options.port(app), options.host ?? '0.0.0.0');
  if (options.handleSignals !== false) closeOnSignals(app, options);
  Logger.log(`${options.service} listening on ${await app.getUrl()}`, 'Bootstrap');
  return app;
}

/**
 * SIGTERM/SIGINT: stop taking work, finish messages in flight, drain NATS, close the pool, flush
 * traces, exit 0 — or exit 1 if that takes longer than a Kubernetes grace period allows.
 */
function closeOnSignals(app: INestApplication, options: ServiceBootstrapOptions): void {
  onShutdownSignal(() => app.close(), options.telemetry);
}

/** On SIGTERM/SIGINT: `close` (the apps of the process), then the traces, then exit 0; exit 1 past the grace period. */
export function onShutdownSignal(close: () => Promise<unknown>, telemetry: TelemetryHandle): void {
  let closing = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    Logger.log(`${signal} received, shutting down`, 'Bootstrap');
    setTimeout(() => {
      Logger.error(`shutdown took longer than ${FORCED_EXIT_MS} ms; exiting`, 'Bootstrap');
      process.exit(1);
    }, FORCED_EXIT_MS).unref();
    close()
      .then(() => telemetry.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          Logger.error(`shutdown failed: ${String(error)}`, 'Bootstrap');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}
