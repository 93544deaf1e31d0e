import { context, metrics, propagation, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { REDACTED } from './redacted-query';
import { startTelemetry, TelemetryHandle } from './start-telemetry';

describe('startTelemetry (OpenTelemetry Node SDK), with a collector to send spans to', () => {
  let telemetry: TelemetryHandle;

  beforeAll(() => {
    const tracesUrl = 'http://127.0.0.1:4318/v1/traces';
    telemetry = startTelemetry('intake', { tracesUrl, serviceName: undefined, logLevel: 'log' });
  });

  // The exporter loads its HTTP agent with a dynamic import, which Jest's module VM refuses, so the last flush fails
  // here. That spans reach a collector is the e2e tests' part (platform.e2e-spec.ts, a real OTLP receiver).
  afterAll(() => telemetry.shutdown().catch(() => undefined));

  it('records spans named after the service, with a search’s words redacted as the span starts', () => {
    const span = trace
      .getTracer('test')
      .startSpan('GET', { attributes: { 'http.target': '/api/v1/work-orders?text=王秀英家门口&page=2' } });
    span.end();
    const readable = span as unknown as ReadableSpan;
    expect(readable.resource.attributes['service.name']).toBe('hotline-intake');
    expect(readable.attributes['http.target']).toBe(`/api/v1/work-orders?text=${REDACTED}&page=2`);
  });

  it('carries W3C trace context, the headers the platform passes through NATS', () => {
    const span = trace.getTracer('test').startSpan('publish');
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    span.end();
    expect(carrier['traceparent']).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
  });

  it('starts no OpenTelemetry metrics of its own: the services’ metrics are prom-client’s, on /metrics', () => {
    expect(metrics.getMeterProvider().getMeter('test').constructor.name).toBe('NoopMeter');
  });
});
