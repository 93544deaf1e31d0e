import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpRequestSeconds } from '@hotline/telemetry';

/** What Express adds to a request once a route matched it. */
type RoutedRequest = IncomingMessage & { baseUrl?: string; route?: { path?: unknown } };

/**
 * Express middleware recording every HTTP request's duration by method, route pattern (`/api/v1/work-orders/:id`,
 * never the path itself, which may hold an id or a search's words) and status.
 */
export function recordHttpMetrics(request: RoutedRequest, response: ServerResponse, next: () => void): void {
  const stop = httpRequestSeconds.startTimer();
  response.once('finish', () => {
    const route = request.route?.path;
    stop({
      method: request.method ?? 'unknown',
      route: typeof route === 'string' ? `${request.baseUrl ?? ''}${route}` : 'unmatched',
      status: String(response.statusCode),
    });
  });
  next();
}
