import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/**
 * SQLSTATE classes and codes of a database that cannot be reached or is going away: connection exceptions (08…),
 * and an administrator's, a crash's or a start-up's shutdown (57P01–57P03).
 */
const UNAVAILABLE_SQLSTATES = /^(08[0-9A-Z]{3}|57P0[123])$/;
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/** What node-postgres says, without a code, when a connection ends under a query or the pool cannot open one. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/i;

/**
 * True when `error` says the database is not there for now (restarting, failing over, unreachable) rather than
 * that the request or the code is wrong: an answer to retry, not an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // TypeORM releases a query runner whose connection failed (its listener on the connection's `error`), so the next
  // query of a transaction the database went away under fails this way; the code never queries a runner it released.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const { code, driverError } = error as Error & { code?: unknown; driverError?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNREACHABLE_SOCKET_CODES.has(code))) return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  return driverError !== undefined && driverError !== error && isDatabaseUnavailable(driverError);
}
