#!/usr/bin/env node
// Prints a signed JWT for local use: npm run token -- --role unit --unit <id> [--sub name] [--ttl 8h]
// Reads the same variables, with the same defaults, as libs/auth (resolveAuthConfig, signToken); keep them in step.
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';

const ROLES = ['operator', 'reviewer', 'supervisor', 'unit', 'partner', 'admin'];
const DEFAULT_ISSUER = 'hotline-12345';
const DEFAULT_AUDIENCE = 'hotline-12345';
const DEVELOPMENT_JWT_SECRET = 'hotline-12345-development-secret-do-not-use-in-production';
const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86400 };

const USAGE = `usage: npm run token -- --role <role> [--role <role> …] [--unit <unitId>] [--sub <name>] [--ttl 8h]
  --role   one of ${ROLES.join(', ')}; repeat it (or separate by commas) for several roles
  --unit   the unit id; required with --role unit
  --sub    the subject (default: local-<first role>)
  --ttl    lifetime: seconds or 90s, 15m, 8h, 7d (default 8h)
keys: HOTLINE_JWT_SECRET (HS256) or HOTLINE_JWT_PRIVATE_KEY (RS256); HOTLINE_JWT_ISSUER, HOTLINE_JWT_AUDIENCE
`;

class UsageError extends Error {}

function parseArguments(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        role: { type: 'string', multiple: true },
        unit: { type: 'string' },
        sub: { type: 'string' },
        ttl: { type: 'string', default: '8h' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (parsed.help) return { help: true };

  const roles = [...new Set((parsed.role ?? []).flatMap((role) => role.split(',')).map((role) => role.trim()))];
  if (roles.length === 0) throw new UsageError('give at least one --role');
  const unknown = roles.filter((role) => !ROLES.includes(role));
  if (unknown.length > 0) throw new UsageError(`unknown role(s): ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);

  const unitId = parsed.unit?.trim() || undefined;
  if (roles.includes('unit') && !unitId) {
    throw new UsageError('--role unit needs --unit <unitId>: a unit token must name the unit whose work it may see');
  }
  const sub = parsed.sub?.trim() || `local-${roles[0]}`;
  return { roles, unitId, sub, ttlSeconds: ttlToSeconds(parsed.ttl) };
}

function ttlToSeconds(ttl) {
  const match = /^(\d+)\s*([smhd]?)$/.exec(ttl.trim());
  const seconds = match ? Number(match[1]) * SECONDS_PER_UNIT[match[2] || 's'] : 0;
  if (seconds > 0) return seconds;
  throw new UsageError(`--ttl must be a positive whole number of seconds or like 90s, 15m, 8h, 7d; got ${ttl}`);
}

function signingKey(env) {
  const value = (name) => env[name]?.trim() || undefined;
  const secret = value('HOTLINE_JWT_SECRET');
  const privateKey = value('HOTLINE_JWT_PRIVATE_KEY')?.replace(/\\n/g, '\n');
  if (secret && (privateKey || value('HOTLINE_JWT_PUBLIC_KEY'))) {
    throw new Error('set either HOTLINE_JWT_SECRET (HS256) or HOTLINE_JWT_PRIVATE_KEY (RS256), not both');
  }
  if (privateKey) return { algorithm: 'RS256', key: privateKey };
  if (value('HOTLINE_JWT_PUBLIC_KEY')) {
    throw new Error('HOTLINE_JWT_PUBLIC_KEY only verifies tokens: set HOTLINE_JWT_PRIVATE_KEY to sign');
  }
  if (secret) return { algorithm: 'HS256', key: secret };
  if (env.NODE_ENV === 'production') {
    throw new Error('NODE_ENV=production: set HOTLINE_JWT_SECRET or HOTLINE_JWT_PRIVATE_KEY; no development secret');
  }
  process.stderr.write('token: HOTLINE_JWT_SECRET is not set, signing with the development secret\n');
  return { algorithm: 'HS256', key: DEVELOPMENT_JWT_SECRET };
}

function main() {
  const request = parseArguments(process.argv.slice(2));
  if (request.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { algorithm, key } = signingKey(process.env);
  const iat = Math.floor(Date.now() / 1000);
  const payload = { roles: request.roles, ...(request.unitId ? { unitId: request.unitId } : {}), iat };
  const token = jwt.sign({ ...payload, exp: iat + request.ttlSeconds }, key, {
    algorithm,
    subject: request.sub,
    issuer: process.env.HOTLINE_JWT_ISSUER?.trim() || DEFAULT_ISSUER,
    audience: process.env.HOTLINE_JWT_AUDIENCE?.trim() || DEFAULT_AUDIENCE,
  });
  process.stdout.write(`${token}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`token: ${error.message}\n`);
  if (error instanceof UsageError) process.stderr.write(USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
