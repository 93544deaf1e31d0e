import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readPartnerBodies } from './partners/partner-raw-body';

/**
 * Bodies up to 2 MB are read, so that an over-long field (a 1 MB content) is refused by validation with a 400
 * naming the field; anything larger is refused unread (413).
 */
export const BODY_LIMIT = '2mb';

/** GeoReport v2 specifies form-encoded POSTs; every other route takes JSON. */
const FORM_ENCODED_PATHS = /^\/open311\//;

export function applyBodyLimits(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.use(refuseUnreadableBodies);
  express.use(readPartnerBodies);
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
}

/** A body in a type the route does not read would reach validation as nothing at all: 415, naming the type. */
type ExpressRequest = IncomingMessage & { path: string; is(types: string[]): string | false | null };
type ExpressResponse = ServerResponse & { status(code: number): { json(body: unknown): void } };

export function refuseUnreadableBodies(request: ExpressRequest, response: ExpressResponse, next: () => void): void {
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return next();
  const accepted = FORM_ENCODED_PATHS.test(request.path)
    ? ['application/json', 'application/x-www-form-urlencoded']
    : ['application/json'];
  if (request.is(accepted)) return next();
  const given = request.headers['content-type'] ?? 'none';
  response.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: `content-type ${given} is not accepted here; send ${accepted.join(' or ')}`,
    details: [{ field: 'content-type', problems: [`must be ${accepted.join(' or ')}`] }],
  });
}
