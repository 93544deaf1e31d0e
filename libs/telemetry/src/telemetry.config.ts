/**
 * The settings telemetry reads. Tracing must start before Nest, pg and http are loaded (so that it can patch them),
 * hence before any config class: this small typed reader of the process's environment is the one exception to
 * "config through a validated class", and reads nothing else.
 */
export interface TelemetryConfig {
  /** OTLP/HTTP endpoint of traces (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`); none: no export. */
  otlpEndpoint: string | undefined;
  /** `OTEL_SERVICE_NAME`, else `hotline-<service>`. */
  serviceName: string | undefined;
  /** `LOG_LEVEL`: verbose, debug, log (default), warn, error, fatal. */
  logLevel: string;
}

export function readTelemetryConfig(env: Record<string, string | undefined> = process.env): TelemetryConfig {
  return {
    otlpEndpoint: env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] || undefined,
    serviceName: env['OTEL_SERVICE_NAME'] || undefined,
    logLevel: env['LOG_LEVEL'] || 'log',
  };
}
