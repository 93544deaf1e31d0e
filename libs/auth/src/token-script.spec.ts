import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { resolveAuthConfig } from './auth-config';
import { verifyToken } from './verify-token';

// scripts/token.mjs cannot import this TypeScript library, so these tests keep its variables and defaults in step.
const script = resolve(__dirname, '../../../scripts/token.mjs');

function runTokenScript(args: string[], vars: Record<string, string> = {}) {
  const env = { PATH: process.env['PATH'] ?? '', ...vars };
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });
  return { status, token: stdout.trim(), stderr, config: resolveAuthConfig(env, () => undefined) };
}

describe('scripts/token.mjs', () => {
  it('signs with the development secret by default, verifiable by the library', () => {
    const { status, token, config } = runTokenScript(['--role', 'unit', '--unit', 'yuhu-housing', '--sub', 'zhang']);
    expect(status).toBe(0);
    expect(verifyToken(token, config)).toEqual({ sub: 'zhang', roles: ['unit'], unitId: 'yuhu-housing' });
  });

  it('honours HOTLINE_JWT_SECRET, issuer, audience, several roles and the ttl', () => {
    const vars = {
      HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
      HOTLINE_JWT_ISSUER: 'xiangtan-idp',
      HOTLINE_JWT_AUDIENCE: 'hotline-gateway',
    };
    const args = ['--role', 'operator,reviewer', '--role', 'admin', '--ttl', '15m'];
    const { status, token, config } = runTokenScript(args, vars);
    expect(status).toBe(0);
    expect(verifyToken(token, config)).toEqual({ sub: 'local-operator', roles: ['operator', 'reviewer', 'admin'] });
    expect(() => verifyToken(token, config, new Date(Date.now() + 20 * 60_000))).toThrow('token expired');
  });

  it('signs RS256 with HOTLINE_JWT_PRIVATE_KEY', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const { status, token, config } = runTokenScript(['--role', 'supervisor'], { HOTLINE_JWT_PRIVATE_KEY: pem });
    expect(status).toBe(0);
    expect(config.algorithm).toBe('RS256');
    expect(verifyToken(token, config)).toEqual({ sub: 'local-supervisor', roles: ['supervisor'] });
  });

  it('refuses a unit role without --unit, with a clear message and a non-zero exit', () => {
    const { status, token, stderr } = runTokenScript(['--role', 'unit']);
    expect(status).toBe(2);
    expect(token).toBe('');
    expect(stderr).toContain('--role unit needs --unit');
  });

  it.each([[['--role', 'root']], [['--role', 'operator', '--ttl', 'forever']], [['--bogus']], [[]]])(
    'exits non-zero on bad arguments %p',
    (args) => {
      expect(runTokenScript(args).status).toBe(2);
    },
  );
});
