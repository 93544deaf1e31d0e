import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { ProblemError, toProblem } from '@hotline/messaging';

/**
 * Renders every error as `{ statusCode, error, message, details? }`: as the HTTP response, or as a
 * ProblemError for the NATS transport to reply with. Unexpected errors are logged, never shown.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    const problem = toProblem(exception);
    if (problem.statusCode === 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    // a database going away is the operator's to see, once per refused request, without the query it broke
    else if (problem.statusCode === 503 && !(exception instanceof ProblemError) && exception instanceof Error)
      this.logger.warn(`answered 503, the database is unavailable: ${exception.message.slice(0, 200)}`);
    if (host.getType() === 'rpc') return throwError(() => new ProblemError(problem, exception));
    const response = host
      .switchToHttp()
      .getResponse<{ headersSent?: boolean; status(code: number): { json(body: unknown): void } }>();
    if (!response.headersSent) response.status(problem.statusCode).json(problem);
  }
}
