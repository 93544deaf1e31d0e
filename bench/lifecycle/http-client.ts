type Json = Record<string, unknown>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 300)}`);
  }
}

/** A JSON call to the gateway; anything but the expected status is an error. */
export async function call(baseUrl: string, method: string, path: string, token: string, body: unknown, expected: number): Promise<Json> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status !== expected) throw new HttpError(response.status, text);
  return text ? (JSON.parse(text) as Json) : {};
}

/**
 * A step on a work order that another service hands over by event: 404/409 until the owning service has
 * followed the previous step, so it is asked again (bounded), as a client would.
 */
export async function callWhenHandedOver(baseUrl: string, path: string, token: string, body: unknown, expected: number, limitMs = 15_000): Promise<Json> {
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
