import { Logger } from '@nestjs/common';
import { currentEnvironment } from '@hotline/contracts';
import { ttlToSeconds } from './token-ttl';
import { normalizePem, readRsaPrivateKey, readRsaPublicKey, sameKeyPair, toSpkiPem } from './pem-keys';

export type JwtAlgorithm = 'HS256' | 'RS256';

export interface AuthConfig {
  algorithm: JwtAlgorithm;
  /** HS256: the shared secret; RS256: the PEM public key. */
  verifyKey: string;
  /**
   * Keys of the same algorithm that tokens were signed with before the current one, still accepted while a rotation
   * runs (`HOTLINE_JWT_PREVIOUS_SECRETS` or `HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS`); never used to sign.
   */
  previousVerifyKeys: string[];
  /** HS256: the shared secret; RS256: the PEM private key, only where tokens are minted locally. */
  signKey?: string;
  issuer: string;
  audience: string;
  /** Allowed clock skew between the token issuer and this process. */
  clockToleranceSeconds: number;
  /** The longest lifetime (exp − iat) a token may have; a longer-lived token is refused like an expired one. */
  maxTokenLifetimeSeconds: number;
  /** Which variable the key came from, for logs and diagnostics (never the key itself). */
  keySource: 'HOTLINE_JWT_SECRET' | 'HOTLINE_JWT_PUBLIC_KEY' | 'HOTLINE_JWT_PRIVATE_KEY' | 'development';
}

export const DEFAULT_JWT_ISSUER = 'hotline-12345';
export const DEFAULT_JWT_AUDIENCE = 'hotline-12345';
/** Used only outside production when no key is configured; `npm run token` signs with it too. Public, so worthless. */
export const DEVELOPMENT_JWT_SECRET = 'hotline-12345-development-secret-do-not-use-in-production';
export const MIN_PRODUCTION_SECRET_LENGTH = 32;
const CLOCK_TOLERANCE_SECONDS = 30;
/** A working shift and then some: a stolen token is worth at most this long. */
export const DEFAULT_MAX_TOKEN_LIFETIME = '12h';

type Env = Record<string, string | undefined>;
type Keys = Pick<AuthConfig, 'algorithm' | 'verifyKey' | 'signKey' | 'keySource'>;
type PreviousKeys = Pick<AuthConfig, 'previousVerifyKeys'>;

/**
 * Reads the JWT settings from the environment (`currentEnvironment()` unless given). Throws (so the process refuses to start) when production has no key,
 * a weak or development secret, or keys that cannot be used; every message names the variable to fix.
 */
export function resolveAuthConfig(
  env: Env = currentEnvironment(),
  warn: (message: string) => void = (message) => new Logger('Auth').warn(message),
): AuthConfig {
  const keys = resolveKeys(env, warn);
  return {
    ...keys,
    ...resolvePreviousKeys(env, keys.algorithm),
    issuer: valueOf(env, 'HOTLINE_JWT_ISSUER') ?? DEFAULT_JWT_ISSUER,
    audience: valueOf(env, 'HOTLINE_JWT_AUDIENCE') ?? DEFAULT_JWT_AUDIENCE,
    clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
    maxTokenLifetimeSeconds: ttlToSeconds(valueOf(env, 'HOTLINE_JWT_MAX_TTL') ?? DEFAULT_MAX_TOKEN_LIFETIME),
  };
}

function resolveKeys(env: Env, warn: (message: string) => void): Keys {
  const production = env['NODE_ENV'] === 'production';
  const secret = valueOf(env, 'HOTLINE_JWT_SECRET');
  const publicPem = valueOf(env, 'HOTLINE_JWT_PUBLIC_KEY');
  const privatePem = valueOf(env, 'HOTLINE_JWT_PRIVATE_KEY');

  if (secret && (publicPem || privatePem)) {
    throw new Error(
      'Set either HOTLINE_JWT_SECRET (HS256) or HOTLINE_JWT_PUBLIC_KEY/HOTLINE_JWT_PRIVATE_KEY (RS256), not both',
    );
  }
  if (publicPem) return rsaKeys(publicPem, privatePem);
  if (privatePem) return rsaKeysFromPrivate(privatePem);
  if (secret) return hmacKeys(secret, production);
  if (production) {
    throw new Error(
      'No JWT key configured: set HOTLINE_JWT_SECRET (HS256 shared secret) or HOTLINE_JWT_PUBLIC_KEY ' +
        '(PEM, RS256) when NODE_ENV=production; refusing to start',
    );
  }
  warn('HOTLINE_JWT_SECRET is not set: using the public development secret (never do this in production)');
  const development = DEVELOPMENT_JWT_SECRET;
  return { algorithm: 'HS256', verifyKey: development, signKey: development, keySource: 'development' };
}

function hmacKeys(secret: string, production: boolean): Keys {
  if (production) assertProductionSecret(secret, 'HOTLINE_JWT_SECRET');
  return { algorithm: 'HS256', verifyKey: secret, signKey: secret, keySource: 'HOTLINE_JWT_SECRET' };
}

function assertProductionSecret(secret: string, variable: string): void {
  if (secret === DEVELOPMENT_JWT_SECRET) {
    throw new Error(`${variable} is the public development secret; set a real secret in production`);
  }
  if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new Error(`${variable} must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`);
  }
}

/** Comma-separated keys of a rotation, of the current key's algorithm; a weak one stops a production process. */
function resolvePreviousKeys(env: Env, algorithm: JwtAlgorithm): PreviousKeys {
  const secrets = listOf(env, 'HOTLINE_JWT_PREVIOUS_SECRETS');
  const publicPems = listOf(env, 'HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS');
  if (algorithm === 'HS256' && publicPems.length > 0) {
    throw new Error(
      'HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS is for RS256; with HOTLINE_JWT_SECRET list HOTLINE_JWT_PREVIOUS_SECRETS',
    );
  }
  if (algorithm === 'RS256' && secrets.length > 0) {
    throw new Error('HOTLINE_JWT_PREVIOUS_SECRETS is for HS256; with an RSA key list HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS');
  }
  if (algorithm === 'HS256') {
    if (env['NODE_ENV'] === 'production') {
      for (const secret of secrets) assertProductionSecret(secret, 'HOTLINE_JWT_PREVIOUS_SECRETS');
    }
    return { previousVerifyKeys: secrets };
  }
  const pems = publicPems.map(normalizePem);
  for (const pem of pems) readRsaPublicKey(pem, 'HOTLINE_JWT_PREVIOUS_PUBLIC_KEYS');
  return { previousVerifyKeys: pems };
}

function rsaKeys(publicPem: string, privatePem: string | undefined): Keys {
  const verifyKey = normalizePem(publicPem);
  const publicKey = readRsaPublicKey(verifyKey, 'HOTLINE_JWT_PUBLIC_KEY');
  if (!privatePem) return { algorithm: 'RS256', verifyKey, keySource: 'HOTLINE_JWT_PUBLIC_KEY' };
  const signKey = normalizePem(privatePem);
  if (!sameKeyPair(publicKey, readRsaPrivateKey(signKey, 'HOTLINE_JWT_PRIVATE_KEY'))) {
    throw new Error('HOTLINE_JWT_PRIVATE_KEY does not belong to HOTLINE_JWT_PUBLIC_KEY');
  }
  return { algorithm: 'RS256', verifyKey, signKey, keySource: 'HOTLINE_JWT_PUBLIC_KEY' };
}

/** A private key alone is enough for local work: its public half is derived from it. */
function rsaKeysFromPrivate(privatePem: string): Keys {
  const signKey = normalizePem(privatePem);
  const verifyKey = toSpkiPem(readRsaPrivateKey(signKey, 'HOTLINE_JWT_PRIVATE_KEY'));
  return { algorithm: 'RS256', verifyKey, signKey, keySource: 'HOTLINE_JWT_PRIVATE_KEY' };
}

function listOf(env: Env, name: string): string[] {
  return (valueOf(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function valueOf(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
