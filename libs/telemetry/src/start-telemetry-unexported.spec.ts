import { context, propagation, trace } from '@opentelemetry/api';
import { startTelemetry, TelemetryHandle } from './start-telemetry';

describe('startTelemetry (OpenTelemetry Node SDK), with no collector configured', () => {
  let telemetry: TelemetryHandle;

  beforeAll(() => {
    telemetry = startTelemetry('intake', { tracesUrl: undefined, serviceName: undefined, logLevel: 'log' });
  });

  afterAll(() => telemetry.shutdown());

  it('records no span, since nothing would receive it', () => {
    const span = trace.getTracer('test').startSpan('GET');
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it('still carries W3C trace context, so a request keeps one trace id through the services and their logs', () => {
    const parent = trace.getTracer('test').startSpan('request');
    const child = trace.getTracer('test').startSpan('query', {}, trace.setSpan(context.active(), parent));
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), child), carrier);
    child.end();
    parent.end();
    expect(child.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(carrier['traceparent']).toBe(`00-${parent.spanContext().traceId}-${child.spanContext().spanId}-00`);
  });
});
