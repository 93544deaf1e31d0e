import { createPublicKey, createSecretKey, KeyObject } from 'node:crypto';
import { NotBeforeError, TokenExpiredError, verify, type JwtPayload } from 'jsonwebtoken';
import type { AuthConfig } from './auth-config';
import { AuthError } from './auth-error';
import type { Principal } from './principal';
import { principalFromClaims } from './principal-claims';
import { rememberClaims, rememberedClaims } from './verified-tokens';

/** Checks signature, algorithm, issuer, audience, expiry and claims; answers the principal or throws `AuthError`. */
export function verifyToken(token: string, config: AuthConfig, now: Date = new Date()): Principal {
  if (!token) throw new AuthError('missing-token', 'no token given');
  const remembered = rememberedClaims(token, config, now);
  if (remembered) return principalFromClaims(remembered);
  const claims = verifiedClaims(token, config, now);
  if (typeof claims === 'string' || typeof claims.exp !== 'number') {
    // A token that never expires cannot be revoked by waiting; we do not accept one.
    throw new AuthError('missing-claims', 'token has no expiry (exp)');
  }
  const issuedAt = typeof claims.iat === 'number' ? claims.iat : Math.floor(now.getTime() / 1000);
  if (claims.exp - issuedAt > config.maxTokenLifetimeSeconds) {
    throw new AuthError('lifetime-too-long', `token lives longer than the ${config.maxTokenLifetimeSeconds} s allowed`);
  }
  const principal = principalFromClaims(claims);
  rememberClaims(token, config, claims);
  return principal;
}

/**
 * The claims of a token whose signature one of the accepted keys proves: the current key, then those of a rotation
 * in progress. Any other failure (expired, wrong audience) is the token's, whichever key signed it.
 */
function verifiedClaims(token: string, config: AuthConfig, now: Date): string | JwtPayload {
  const [current, ...previous] = [config.verifyKey, ...config.previousVerifyKeys];
  const attempt = (key: string) =>
    verify(token, keyObjectOf(config.algorithm, key), {
      algorithms: [config.algorithm],
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: config.clockToleranceSeconds,
      clockTimestamp: Math.floor(now.getTime() / 1000),
    });
  let failure: AuthError;
  try {
    return attempt(current);
  } catch (error) {
    failure = toAuthError(error);
  }
  for (const key of previous) {
    if (failure.code !== 'invalid-signature') break;
    try {
      return attempt(key);
    } catch (error) {
      failure = toAuthError(error);
    }
  }
  throw failure;
}

const keyObjects = new Map<string, KeyObject>();

/** The verification key parsed once: parsing it on every request cost the gateway ~3 ms of CPU per request. */
function keyObjectOf(algorithm: AuthConfig['algorithm'], verifyKey: string): KeyObject {
  const cacheKey = `${algorithm}:${verifyKey}`;
  let key = keyObjects.get(cacheKey);
  if (!key) {
    key = algorithm === 'HS256' ? createSecretKey(Buffer.from(verifyKey, 'utf8')) : createPublicKey(verifyKey);
    keyObjects.set(cacheKey, key);
  }
  return key;
}

function toAuthError(error: unknown): AuthError {
  if (error instanceof TokenExpiredError) return new AuthError('expired', 'token expired');
  if (error instanceof NotBeforeError) return new AuthError('not-yet-valid', 'token not valid yet');
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'invalid signature' || message === 'invalid algorithm') {
    return new AuthError('invalid-signature', 'token signature is invalid');
  }
  if (message.startsWith('jwt issuer invalid')) return new AuthError('wrong-issuer', 'token issuer is not accepted');
  if (message.startsWith('jwt audience invalid')) {
    return new AuthError('wrong-audience', 'token audience is not accepted');
  }
  return new AuthError('malformed-token', 'token is malformed');
}
