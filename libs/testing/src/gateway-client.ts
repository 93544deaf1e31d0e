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

/** A unit of the seeded directory as a test acts for it: its id and a token of its staff. */
export interface UnitStaff {
  id: string;
  token: string;
}

/** Finds seeded units by name (`unit(/^雨湖区/)`) in the directory the gateway lists to an admin. */
export async function seededUnits(baseUrl: string): Promise<(name: RegExp) => UnitStaff> {
  const { call } = gatewayClient(() => baseUrl);
  const units = (await call('GET', '/api/v1/units', bearer(['admin'], 'ad-1'))).body.items as Json[];
  return (name) => {
    const found = units.find((u) => name.test(String(u.name)));
    if (!found) throw new Error(`no unit ${name} in ${units.map((u) => u.name).join(', ')}`);
    return { id: String(found.id), token: bearer(['unit'], `staff-of-${String(found.id)}`, String(found.id)) };
  };
}
