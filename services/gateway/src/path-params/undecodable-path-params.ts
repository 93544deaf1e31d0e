import { INestApplication } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badInput } from '@hotline/platform';

type ExpressRequest = IncomingMessage & { path: string };
type ExpressResponse = ServerResponse & { status(code: number): { json(body: unknown): void } };
type RouterLayer = { route?: { path?: unknown } };

/**
 * The name of the route parameter at `index` of a request path's segments, for the first route template
 * ('/api/v1/work-orders/:id/sign') whose other segments are the request's, or undefined where no route takes one.
 */
export function parameterNameAt(
  templates: readonly string[],
  segments: readonly string[],
  index: number,
): string | undefined {
  for (const template of templates) {
    const parts = template.split('/');
    if (parts.length !== segments.length || !parts[index]?.startsWith(':')) continue;
    if (parts.every((part, at) => at === index || part.startsWith(':') || part === segments[at]))
      return parts[index]?.slice(1);
  }
  return undefined;
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Express decodes path parameters only after it has matched a route, and answers bytes that are not UTF-8
 * (%ED%A0%80) with "Failed to decode param" without saying which. This refuses them first, naming the parameter
 * as every other refusal names its field.
 */
export function refuseUndecodablePathParams(app: INestApplication): void {
  const express: { router: { stack: RouterLayer[] } } = app.getHttpAdapter().getInstance();
  let templates: string[] | undefined;
  const routeTemplates = () =>
    (templates ??= express.router.stack.flatMap((layer) =>
      typeof layer.route?.path === 'string' ? [layer.route.path] : [],
    ));
  app.use((request: ExpressRequest, response: ExpressResponse, next: () => void) => {
    const segments = request.path.split('/');
    const index = segments.findIndex((segment) => !decodes(segment));
    const name = index < 0 ? undefined : parameterNameAt(routeTemplates(), segments, index);
    if (name === undefined) return next();
    response.status(400).json(badInput([{ field: name, problems: ['must be UTF-8 text'] }]).getResponse());
  });
}
