import { readTelemetryConfig } from './telemetry.config';

describe('readTelemetryConfig', () => {
  it('sends traces to the endpoint’s /v1/traces, as OpenTelemetry’s exporters read OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(readTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' }).tracesUrl).toBe(
      'http://otel-collector:4318/v1/traces',
    );
    expect(readTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318/' }).tracesUrl).toBe(
      'http://otel-collector:4318/v1/traces',
    );
  });

  it('takes OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as the whole URL, before the general endpoint', () => {
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces.example:4318/custom/path',
    };
    expect(readTelemetryConfig(env).tracesUrl).toBe('http://traces.example:4318/custom/path');
  });

  it('has no traces URL when neither is set, so that no span is recorded', () => {
    expect(readTelemetryConfig({}).tracesUrl).toBeUndefined();
    expect(readTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).tracesUrl).toBeUndefined();
  });
});
