import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { toProblem } from '@hotline/messaging';
import { CONTENT_TYPES, formatOfPath } from './open311-format';
import { toXml } from './xml-serializer';

interface HttpResponse {
  headersSent?: boolean;
  status(code: number): HttpResponse;
  type(value: string): HttpResponse;
  send(body: string): void;
}

/** GeoReport v2 errors: `[{ code, description }]` (or `<errors><error>…`) with the HTTP status of the problem. */
@Catch()
export class Open311ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const problem = toProblem(exception);
    if (problem.statusCode === 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const http = host.switchToHttp();
    const request = http.getRequest<{ originalUrl?: string; url?: string }>();
    const response = http.getResponse<HttpResponse>();
    if (response.headersSent) return;
    const format = formatOfPath(request.originalUrl ?? request.url ?? '');
    const errors = [{ code: problem.statusCode, description: problem.message }];
    const body = format === 'xml' ? toXml('errors', errors, { errors: 'error' }) : JSON.stringify(errors);
    response.status(problem.statusCode).type(CONTENT_TYPES[format]).send(body);
  }
}
