import { diag, DiagLogLevel } from '@opentelemetry/api';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { AlwaysOffSampler, BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { RedactQuerySpanProcessor } from './redacted-query';
import { readTelemetryConfig, TelemetryConfig } from './telemetry.config';

export interface TelemetryHandle {
  shutdown(): Promise<void>;
}

const IGNORED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Starts tracing for one service through OpenTelemetry's Node SDK. Must run before Nest, pg or http are required, so
 * that the instrumentations can patch them: call it from the first import of every main.ts.
 *
 * The SDK is given every part the platform uses, so that it does not build its own from `OTEL_*` variables: spans
 * only (metrics are Prometheus's, from prom-client), no log export, W3C trace context (the headers the platform
 * carries through NATS by hand), and a resource of the service's name alone (no host, process or env detectors). The
 * one part left to the SDK is the sampler when a collector is configured: the standard `OTEL_TRACES_SAMPLER`.
 */
export function startTelemetry(serviceName: string, config: TelemetryConfig = readTelemetryConfig()): TelemetryHandle {
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName ?? `hotline-${serviceName}` }),
    autoDetectResources: false,
    // With nowhere to send them, spans are not recorded: trace context still flows through HTTP, NATS and the logs'
    // traceId, but no span is built to be thrown away. With a collector every trace is recorded, unless the standard
    // OTEL_TRACES_SAMPLER (and _ARG) choose a share.
    ...(config.tracesUrl ? {} : { sampler: new AlwaysOffSampler() }),
    spanProcessors: spanProcessorsFor(config),
    logRecordProcessors: [],
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => IGNORED_PATHS.has(request.url ?? '') }),
      // Statement text only: bound values may hold encrypted caller data and never go into a trace.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      new NestInstrumentation(),
    ],
  });
  sdk.start();
  // After the SDK, which installs a console logger of its own when OTEL_LOG_LEVEL is set.
  diag.setLogger({ ...silentDiag, error: (message) => console.error(`otel: ${message}`) }, DiagLogLevel.ERROR);
  return { shutdown: () => sdk.shutdown() };
}

function spanProcessorsFor(config: TelemetryConfig): SpanProcessor[] {
  // First, so that no exporter sees a search's words (they may be a citizen's) in a span's URL.
  const processors: SpanProcessor[] = [new RedactQuerySpanProcessor()];
  if (config.tracesUrl) processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl })));
  return processors;
}

const noop = (): void => undefined;
const silentDiag = { verbose: noop, debug: noop, info: noop, warn: noop, error: noop };
