import type { JwtPayload } from 'jsonwebtoken';
import type { AuthConfig } from './auth-config';
import { AuthError } from './auth-error';

/** How many verified tokens a process keeps: every user of a shift several times over, a few MB at most. */
export const MAX_REMEMBERED_TOKENS = 10_000;

/** The checked claims of each token, by its whole text (signature included), per config that checked them. */
const rememberedByConfig = new WeakMap<AuthConfig, Map<string, JwtPayload>>();

/**
 * The claims of a token this config verified before, if they are still current at `now`: a client sends the same
 * token with every request until it expires, and verifying it again each time was 6 % of the gateway's CPU. What
 * depends on the clock (expiry, not-before) is checked again on every use; an expired token is forgotten.
 */
export function rememberedClaims(token: string, config: AuthConfig, now: Date): JwtPayload | undefined {
  const remembered = rememberedByConfig.get(config);
  const claims = remembered?.get(token);
  if (!remembered || !claims) return undefined;
  const seconds = Math.floor(now.getTime() / 1000);
  if (seconds >= (claims.exp ?? 0) + config.clockToleranceSeconds) {
    remembered.delete(token);
    throw new AuthError('expired', 'token expired');
  }
  if (typeof claims.nbf === 'number' && claims.nbf > seconds + config.clockToleranceSeconds) {
    throw new AuthError('not-yet-valid', 'token not valid yet');
  }
  return claims;
}

/** Keeps a token whose signature, issuer, audience, lifetime and claims passed; the oldest goes when full. */
export function rememberClaims(token: string, config: AuthConfig, claims: JwtPayload): void {
  let remembered = rememberedByConfig.get(config);
  if (!remembered) rememberedByConfig.set(config, (remembered = new Map()));
  const oldest = remembered.keys().next();
  if (remembered.size >= MAX_REMEMBERED_TOKENS && !oldest.done) remembered.delete(oldest.value);
  remembered.set(token, claims);
}
