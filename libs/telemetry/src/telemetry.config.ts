/**
 * The settings telemetry reads. Tracing must start before Nest, pg and http are loaded (so that it can patch them),
 * hence before any config class: this small typed reader of the process's environment is the one exception to
 * "config through a validated class", and reads nothing else.
 */
export interface TelemetryConfig {
  /**
   * Where spans are sent over OTLP/HTTP: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as given, or `OTEL_EXPORTER_OTLP_ENDPOINT`
   * with `/v1/traces`, as OpenTelemetry's exporters read them. None: no span is recorded.
   */
  tracesUrl: string | undefined;
  /** `OTEL_SERVICE_NAME`, else `hotline-<service>`. */
  serviceName: string | undefined;
  /** `LOG_LEVEL`: verbose, debug, log (default), warn, error, fatal. */
  logLevel: string;
}

export function readTelemetryConfig(env: Record<string, string | undefined> = process.env): TelemetryConfig {
  return {
    tracesUrl: tracesUrlOf(env),
    serviceName: env['OTEL_SERVICE_NAME'] || undefined,
    logLevel: env['LOG_LEVEL'] || 'log',
  };
}

function tracesUrlOf(env: Record<string, string | undefined>): string | undefined {
  const traces = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
  if (traces) return traces;
  const base = env['OTEL_EXPORTER_OTLP_ENDPOINT'];
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}
