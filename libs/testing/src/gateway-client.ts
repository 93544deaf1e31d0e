import { resolveAuthConfig, signToken } from '@hotline/auth';
import { eventually } from './eventually';
import { clockMoved } from './test-clock';

/** A JSON answer of the API, read as loosely as a client script would. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GatewayAnswer {
  status: number;
  body: Json;
  text: string;
}

const developmentAuth = resolveAuthConfig({}, () => undefined);

/** `Bearer …` for a user with these roles (and unit), signed as the platform under test verifies tokens. */
export function bearer(roles: string[], sub: string, unitId?: string): string {
  return `Bearer ${signToken({ sub, roles: roles as never, ...(unitId ? { unitId } : {}) }, developmentAuth, '30m')}`;
}

/**
 * The gateway as a client calls it: JSON over HTTP. `step` takes a step of a work order, asking again while the
 * service that owns the order's new state has not yet been handed it (404/409 for a moment after the previous step).
 * Each call waits for the clock moves a test started before it (`RunningPlatform.setClock`).
 */
export function gatewayClient(baseUrl: () => string, options: { beforeCall?: () => void } = {}) {
  async function call(method: string, path: string, token: string | null, body?: unknown): Promise<GatewayAnswer> {
    options.beforeCall?.();
    await clockMoved();
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: token } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: /^\s*[[{]/.test(text) ? (JSON.parse(text) as Json) : {}, text };
  }

  async function step(path: string, token: string, body: unknown, expected: number): Promise<Json> {
    const answer = await eventually(
      () => call('POST', path, token, body),
      (a) => a.status === expected || ![404, 409].includes(a.status),
      20_000,
      50,
    );
    if (answer.status !== expected) throw new Error(`POST ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  }

  return { call, step };
}
