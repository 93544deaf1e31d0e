import { HttpException, HttpStatus } from '@nestjs/common';
import { RpcProblem } from '@hotline/contracts';
import { isDatabaseUnavailable } from './database-unavailable';

/** An error that already knows its problem, e.g. one answered by a downstream service. */
export class ProblemError extends Error {
  constructor(
    readonly problem: RpcProblem,
    override readonly cause?: unknown,
  ) {
    super(problem.message);
    this.name = 'ProblemError';
  }
}

/** Domain and rule errors may carry the HTTP status they stand for (409 state, 422 rule …). */
interface StatusCarrier {
  httpStatus?: number;
  statusCode?: number;
  code?: string;
  details?: unknown;
}

export function toProblem(error: unknown): RpcProblem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof HttpException) return fromHttpException(error);
  const carrier = (error ?? {}) as StatusCarrier & Error;
  const status = carrier.httpStatus ?? carrier.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      statusCode: status,
      error: reasonPhrase(status),
      message: carrier.message,
      details: carrier.details ?? carrier.code,
    };
  }
  if (isDatabaseUnavailable(error))
    return { statusCode: 503, error: 'Service Unavailable', message: 'the database is unavailable for now: try again' };
  return { statusCode: 500, error: 'Internal Server Error', message: 'Internal error' };
}

function fromHttpException(error: HttpException): RpcProblem {
  const statusCode = error.getStatus();
  const body = error.getResponse();
  if (typeof body === 'string') return { statusCode, error: reasonPhrase(statusCode), message: body };
  const { message, error: phrase, details } = body as { message?: unknown; error?: string; details?: unknown };
  // Bodies without our shape (e.g. Terminus' health report) are kept whole as the details.
  if (message === undefined)
    return { statusCode, error: reasonPhrase(statusCode), message: reasonPhrase(statusCode), details: body };
  return {
    statusCode,
    error: phrase ?? reasonPhrase(statusCode),
    message: Array.isArray(message) ? message.join('; ') : String(message ?? error.message),
    ...(details === undefined ? {} : { details }),
  };
}

export function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
