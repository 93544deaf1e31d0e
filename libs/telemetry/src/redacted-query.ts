import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Query parameters that may carry citizens' words (the work-order list's `text` searches request content). */
export const REDACTED_QUERY_PARAMETERS: readonly string[] = ['text'];
export const REDACTED = 'REDACTED';

/** Span attributes that hold a URL, a path with its query, or a query alone (HTTP and Nest instrumentations). */
const URL_ATTRIBUTES = ['http.url', 'http.target', 'url.full', 'url.query'];

/** `value` (a URL, path?query or bare query) with the values of REDACTED_QUERY_PARAMETERS replaced. */
export function redactQuery(value: string): string {
  const at = value.indexOf('?');
  const [head, query] =
    at >= 0 ? [value.slice(0, at + 1), value.slice(at + 1)] : value.includes('=') ? ['', value] : [value, ''];
  if (!query) return value;
  const parameters = new URLSearchParams(query);
  const sensitive = REDACTED_QUERY_PARAMETERS.filter((name) => parameters.has(name));
  if (sensitive.length === 0) return value;
  for (const name of sensitive) parameters.set(name, REDACTED);
  return `${head}${parameters.toString()}`;
}

/**
 * Replaces, as each span starts, the words of a search in its URL attributes, whichever instrumentation set them
 * (HTTP's `http.target`/`url.query`, Nest's `http.url`): they may be a citizen's words and never reach a trace.
 */
export class RedactQuerySpanProcessor implements SpanProcessor {
  onStart(span: Span, _parentContext: Context): void {
    for (const key of URL_ATTRIBUTES) {
      const value = span.attributes[key];
      if (typeof value !== 'string') continue;
      const redacted = redactQuery(value);
      if (redacted !== value) span.setAttribute(key, redacted);
    }
  }

  onEnd(_span: ReadableSpan): void {
    // Nothing to do when a span ends: its URL was redacted as it started.
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
