import { generateKeyPairSync } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { type AuthConfig, resolveAuthConfig } from './auth-config';
import { AuthError, type AuthErrorCode } from './auth-error';
import type { Principal } from './principal';
import { signToken } from './sign-token';
import { verifyToken } from './verify-token';

const hs256 = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789' });
const rsa = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const rs256 = resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: rsa.publicKey, HOTLINE_JWT_PRIVATE_KEY: rsa.privateKey });
const unitHandler: Principal = { sub: 'zhang.wei', roles: ['unit'], unitId: 'unit-yuhu-housing' };
const t0 = new Date('2025-03-03T09:00:00+08:00');

function refusal(run: () => unknown): AuthErrorCode {
  try {
    run();
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  throw new Error('expected an AuthError');
}

function rawToken(payload: object, config: AuthConfig = hs256): string {
  return sign(payload, config.signKey!, {
    algorithm: config.algorithm,
    issuer: config.issuer,
    audience: config.audience,
    expiresIn: 3600,
  });
}

describe('signToken / verifyToken', () => {
  it('round-trips a principal with HS256', () => {
    expect(verifyToken(signToken(unitHandler, hs256, '8h'), hs256)).toEqual(unitHandler);
  });

  it('round-trips a principal with RS256', () => {
    const reviewer: Principal = { sub: 'li.na', roles: ['reviewer', 'supervisor'] };
    expect(verifyToken(signToken(reviewer, rs256, 600), rs256)).toEqual(reviewer);
  });

  it('verifies RS256 with the public key alone', () => {
    const verifyOnly = resolveAuthConfig({ HOTLINE_JWT_PUBLIC_KEY: rsa.publicKey });
    expect(verifyOnly.signKey).toBeUndefined();
    expect(verifyToken(signToken(unitHandler, rs256, '1h'), verifyOnly)).toEqual(unitHandler);
    expect(() => signToken(unitHandler, verifyOnly, '1h')).toThrow(/HOTLINE_JWT_PRIVATE_KEY/);
  });

  it('accepts a token until its ttl has passed, then refuses it as expired', () => {
    const token = signToken(unitHandler, hs256, '8h', t0);
    const justBefore = new Date(t0.getTime() + 8 * 3600_000 - 1000);
    const wellAfter = new Date(t0.getTime() + 8 * 3600_000 + hs256.clockToleranceSeconds * 1000 + 1000);
    expect(verifyToken(token, hs256, justBefore)).toEqual(unitHandler);
    expect(refusal(() => verifyToken(token, hs256, wellAfter))).toBe('expired');
  });

  it('refuses a token signed with another secret', () => {
    const other = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'another-secret-that-is-long-enough-987654321' });
    expect(refusal(() => verifyToken(signToken(unitHandler, other, '1h'), hs256))).toBe('invalid-signature');
  });

  it('refuses a token signed with another RSA key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const other = resolveAuthConfig({ HOTLINE_JWT_PRIVATE_KEY: privatePem });
    expect(refusal(() => verifyToken(signToken(unitHandler, other, '1h'), rs256))).toBe('invalid-signature');
  });

  it('refuses an HS256 token where RS256 is configured (algorithm confusion)', () => {
    expect(refusal(() => verifyToken(signToken(unitHandler, hs256, '1h'), rs256))).toBe('invalid-signature');
  });

  it('refuses a token for another issuer or audience', () => {
    const foreignIssuer = { ...hs256, issuer: 'someone-else' };
    const foreignAudience = { ...hs256, audience: 'another-app' };
    expect(refusal(() => verifyToken(signToken(unitHandler, foreignIssuer, '1h'), hs256))).toBe('wrong-issuer');
    expect(refusal(() => verifyToken(signToken(unitHandler, foreignAudience, '1h'), hs256))).toBe('wrong-audience');
  });

  it('refuses garbage and an empty token', () => {
    expect(refusal(() => verifyToken('not.a.jwt', hs256))).toBe('malformed-token');
    expect(refusal(() => verifyToken('', hs256))).toBe('missing-token');
  });

  it('refuses a unit token without unitId, both when verifying and when signing', () => {
    const token = rawToken({ sub: 'zhang.wei', roles: ['unit'] });
    expect(refusal(() => verifyToken(token, hs256))).toBe('unit-without-unit-id');
    expect(refusal(() => signToken({ sub: 'zhang.wei', roles: ['unit'] }, hs256, '1h'))).toBe('unit-without-unit-id');
  });

  it('refuses an unknown role', () => {
    expect(refusal(() => verifyToken(rawToken({ sub: 'x', roles: ['operator', 'root'] }), hs256))).toBe('unknown-role');
  });

  it('refuses missing subject, missing roles and a token without expiry', () => {
    expect(refusal(() => verifyToken(rawToken({ roles: ['operator'] }), hs256))).toBe('missing-claims');
    expect(refusal(() => verifyToken(rawToken({ sub: 'x', roles: [] }), hs256))).toBe('missing-claims');
    const { issuer, audience } = hs256;
    const noExpiry = sign({ sub: 'x', roles: ['operator'] }, hs256.signKey!, { issuer, audience });
    expect(refusal(() => verifyToken(noExpiry, hs256))).toBe('missing-claims');
  });

  it('refuses a bad ttl instead of minting a token that never expires', () => {
    expect(() => signToken(unitHandler, hs256, 'forever')).toThrow(/ttl/);
    expect(() => signToken(unitHandler, hs256, 0)).toThrow(/ttl/);
  });
  describe('token lifetime (HOTLINE_JWT_MAX_TTL, 12 h by default)', () => {
    it('accepts a 12-hour token and refuses a 300-year one, as 401 does', () => {
      expect(verifyToken(signToken(unitHandler, hs256, '12h', t0), hs256, t0)).toEqual(unitHandler);
      expect(refusal(() => verifyToken(signToken(unitHandler, hs256, `${300 * 365}d`, t0), hs256, t0))).toBe(
        'lifetime-too-long',
      );
      expect(refusal(() => verifyToken(signToken(unitHandler, hs256, 12 * 3600 + 1, t0), hs256, t0))).toBe(
        'lifetime-too-long',
      );
    });

    it('measures a token without iat from now, and follows the configured maximum', () => {
      const withoutIat = sign(
        { roles: ['unit'], unitId: 'u', sub: 's', exp: Math.floor(t0.getTime() / 1000) + 13 * 3600 },
        hs256.signKey!,
        {
          algorithm: 'HS256',
          issuer: hs256.issuer,
          audience: hs256.audience,
          noTimestamp: true,
        },
      );
      expect(refusal(() => verifyToken(withoutIat, hs256, t0))).toBe('lifetime-too-long');
      const longer = resolveAuthConfig({
        HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
        HOTLINE_JWT_MAX_TTL: '1d',
      });
      expect(longer.maxTokenLifetimeSeconds).toBe(86_400);
      expect(verifyToken(withoutIat, longer, t0).sub).toBe('s');
    });
  });
});
