import { sign } from 'jsonwebtoken';
import type { AuthConfig } from './auth-config';
import type { Principal } from './principal';
import { principalFromClaims } from './principal-claims';
import { ttlToSeconds } from './token-ttl';

/** Mints a token for `principal` (tests, local tools). Refuses a principal that `verifyToken` would refuse. */
export function signToken(
  principal: Principal,
  config: AuthConfig,
  ttl: string | number,
  now: Date = new Date(),
): string {
  if (!config.signKey) {
    throw new Error('Cannot sign tokens: RS256 is configured without HOTLINE_JWT_PRIVATE_KEY');
  }
  const { sub, roles, unitId } = principalFromClaims(principal);
  const iat = Math.floor(now.getTime() / 1000);
  const payload = { roles, ...(unitId === undefined ? {} : { unitId }), iat, exp: iat + ttlToSeconds(ttl) };
  return sign(payload, config.signKey, {
    algorithm: config.algorithm,
    subject: sub,
    issuer: config.issuer,
    audience: config.audience,
  });
}
