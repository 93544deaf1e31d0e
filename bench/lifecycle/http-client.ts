import { Agent, request } from 'node:http';

type Json = Record<string, unknown>;

/** Kept-alive connections with node:http: the load generator shares the machine, so it should cost little CPU (fetch costs about twice as much). */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 300)}`);
  }
}

/** A JSON call to the gateway; anything but the expected status is an error. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body: unknown,
  expected: number,
): Promise<Json> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {
    authorization: token,
    ...(payload === undefined
      ? {}
      : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
  };
  const { status, text } = await send(`${baseUrl}${path}`, method, headers, payload);
  if (status !== expected) throw new HttpError(status, text);
  return text ? (JSON.parse(text) as Json) : {};
}

/**
 * A step on a work order that another service hands over by event: 404/409 until the owning service has
 * followed the previous step, so it is asked again (bounded), as a client would.
 */
export async function callWhenHandedOver(
  baseUrl: string,
  path: string,
  token: string,
  body: unknown,
  expected: number,
  limitMs = 15_000,
): Promise<Json> {
  const until = Date.now() + limitMs;
  for (;;) {
    try {
      return await call(baseUrl, 'POST', path, token, body, expected);
    } catch (error) {
      const retry = error instanceof HttpError && (error.status === 404 || error.status === 409) && Date.now() < until;
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
