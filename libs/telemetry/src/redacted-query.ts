import type { IncomingMessage } from 'node:http';

/** Query parameters that may carry citizens' words (the work-order list's `text` searches request content). */
export const REDACTED_QUERY_PARAMETERS: readonly string[] = ['text'];
export const REDACTED = 'REDACTED';

/**
 * The URL attributes of an incoming request's span with the values of REDACTED_QUERY_PARAMETERS replaced, or none
 * when its query has none of them. The HTTP instrumentation puts these attributes over the ones it computed.
 */
export function redactedUrlAttributes(request: Pick<IncomingMessage, 'url' | 'headers'>): Record<string, string> {
  const raw = request.url ?? '';
  const at = raw.indexOf('?');
  if (at < 0) return {};
  const query = new URLSearchParams(raw.slice(at + 1));
  const sensitive = REDACTED_QUERY_PARAMETERS.filter((name) => query.has(name));
  if (sensitive.length === 0) return {};
  for (const name of sensitive) query.set(name, REDACTED);
  const target = `${raw.slice(0, at)}?${query.toString()}`;
  return {
    'http.target': target,
    'http.url': `http://${request.headers.host ?? 'localhost'}${target}`,
    'url.query': query.toString(),
  };
}
