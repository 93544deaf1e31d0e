import { context, Context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

export const tracer = trace.getTracer('hotline');

export type HeaderCarrier = Record<string, string>;

/** W3C trace headers (`traceparent`, `tracestate`) of the active context, for a message about to leave. */
export function currentTraceHeaders(ctx: Context = context.active()): HeaderCarrier {
  const carrier: HeaderCarrier = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

export function contextFromHeaders(carrier: HeaderCarrier): Context {
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** Runs `work` inside a new span, recording failure, and ends the span whatever happens. */
export async function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(name, { kind: options.kind, attributes: options.attributes }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
