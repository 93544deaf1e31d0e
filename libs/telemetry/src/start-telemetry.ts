import { diag, DiagLogLevel } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { RedactQuerySpanProcessor } from './redacted-query';
import { readTelemetryConfig, TelemetryConfig } from './telemetry.config';

export interface TelemetryHandle {
  shutdown(): Promise<void>;
}

const IGNORED_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Starts tracing for one service. Must run before Nest, pg or http are required, so that the
 * instrumentations can patch them: call it from the first import of every main.ts.
 */
export function startTelemetry(serviceName: string, config: TelemetryConfig = readTelemetryConfig()): TelemetryHandle {
  // First, so that no exporter sees a search's words (they may be a citizen's) in a span's URL.
  const spanProcessors: SpanProcessor[] = [new RedactQuerySpanProcessor()];
  if (config.otlpEndpoint) {
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName ?? `hotline-${serviceName}` }),
    spanProcessors,
  });
  provider.register();
  diag.setLogger({ ...silentDiag, error: (message) => console.error(`otel: ${message}`) }, DiagLogLevel.ERROR);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => IGNORED_PATHS.has(request.url ?? '') }),
      // Statement text only: bound values may hold encrypted caller data and never go into a trace.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      new NestInstrumentation(),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

const noop = (): void => undefined;
const silentDiag = { verbose: noop, debug: noop, info: noop, warn: noop, error: noop };
