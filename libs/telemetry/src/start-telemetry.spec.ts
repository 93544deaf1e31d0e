import { context, metrics, propagation, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { REDACTED } from './redacted-query';
import { startTelemetry, TelemetryHandle } from './start-telemetry';

describe('startTelemetry (OpenTelemetry Node SDK)', () => {
  let telemetry: TelemetryHandle;

  beforeAll(() => {
    telemetry = startTelemetry('intake', { otlpEndpoint: undefined, serviceName: undefined, logLevel: 'log' });
  });

  afterAll(() => telemetry.shutdown());

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
