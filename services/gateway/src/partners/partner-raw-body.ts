import { PARTNER_MESSAGE_MAX_CHARS } from '@hotline/contracts';
import type { IncomingMessage, ServerResponse } from 'node:http';

const PARTNER_EVENT_PATHS = /^\/partners\/v1\//;

type RawBodyRequest = IncomingMessage & { path: string; body?: unknown; _body?: boolean };
type ProblemResponse = ServerResponse & { status(code: number): { json(body: unknown): void } };

/**
 * A partner signs the bytes of its body (R10.1), so /partners/v1/… keeps the body as text, unparsed, for linkage to
 * check the signature over exactly what was sent. `_body` tells the JSON parser after this that it is read.
 */
export function readPartnerBodies(
  request: RawBodyRequest,
  response: ProblemResponse,
  next: (error?: unknown) => void,
): void {
  if (!PARTNER_EVENT_PATHS.test(request.path) || request.method !== 'POST') return next();
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > PARTNER_MESSAGE_MAX_CHARS && !refused) {
      refused = true;
      response.status(413).json({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `a partner message is at most ${PARTNER_MESSAGE_MAX_CHARS} bytes`,
      });
    }
    if (!refused) chunks.push(chunk);
  });
  request.on('end', () => {
    if (refused) return;
    request.body = Buffer.concat(chunks).toString('utf8');
    request._body = true;
    next();
  });
  request.on('error', (error) => next(error));
}
