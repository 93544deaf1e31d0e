import { resolveAuthConfig } from './auth-config';
import { AuthError } from './auth-error';
import type { Principal } from './principal';
import { signToken } from './sign-token';
import { MAX_REMEMBERED_TOKENS, rememberClaims, rememberedClaims } from './verified-tokens';
import { verifyToken } from './verify-token';

const config = () => resolveAuthConfig({ HOTLINE_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789' });
const operator: Principal = { sub: 'wang.fang', roles: ['operator'] };
const t0 = new Date('2026-12-03T09:00:00+08:00');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('a verified token, remembered', () => {
  it('is taken again without its signature being checked, and still refused once it has expired', () => {
    const hs256 = config();
    const token = signToken(operator, hs256, '1h', t0);
    expect(verifyToken(token, hs256, later(1))).toEqual(operator);
    expect(rememberedClaims(token, hs256, later(2))).toMatchObject({ sub: 'wang.fang' });
    const expired = later(3600 + hs256.clockToleranceSeconds + 1);
    expect(() => verifyToken(token, hs256, expired)).toThrow(new AuthError('expired', 'token expired'));
    expect(rememberedClaims(token, hs256, later(2))).toBeUndefined();
  });

  it('is kept by its whole text: the same claims with another signature are checked, and refused', () => {
    const hs256 = config();
    const token = signToken(operator, hs256, '1h', t0);
    verifyToken(token, hs256, later(1));
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    expect(() => verifyToken(forged, hs256, later(2))).toThrow(/signature/);
  });

  it('is not taken by another configuration, which checks it with its own keys', () => {
    const hs256 = config();
    const token = signToken(operator, hs256, '1h', t0);
    verifyToken(token, hs256, later(1));
    const otherKey = resolveAuthConfig({ HOTLINE_JWT_SECRET: 'another-secret-that-is-long-enough-9876543210' });
    expect(() => verifyToken(token, otherKey, later(2))).toThrow(/signature/);
  });

  it('is not remembered when refused, and the oldest goes when the limit is reached', () => {
    const hs256 = config();
    const tooLong = signToken(operator, hs256, '13h', t0);
    expect(() => verifyToken(tooLong, hs256, later(1))).toThrow(/longer than/);
    expect(rememberedClaims(tooLong, hs256, later(2))).toBeUndefined();
    for (let index = 0; index <= MAX_REMEMBERED_TOKENS; index++) {
      rememberClaims(`token-${index}`, hs256, { sub: `user-${index}`, exp: t0.getTime() / 1000 + 3600 });
    }
    expect(rememberedClaims('token-0', hs256, later(1))).toBeUndefined();
    expect(rememberedClaims(`token-${MAX_REMEMBERED_TOKENS}`, hs256, later(1))).toMatchObject({
      sub: `user-${MAX_REMEMBERED_TOKENS}`,
    });
  });
});
