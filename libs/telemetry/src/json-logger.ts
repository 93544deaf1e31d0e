import { LoggerService, LogLevel } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { readTelemetryConfig } from './telemetry.config';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const PRIVATE_KEYS = /^(name|phone|idnumber|caller|callername|callerphone|mobile)$/i;

/**
 * Structured JSON logs, one line each, with the active trace id. Fields named like caller identity
 * are masked as a last line of defence; callers' data should never be handed to a logger at all.
 */
export class JsonLogger implements LoggerService {
  private readonly minimum: number;

  constructor(
    private readonly service: string,
    level: string = readTelemetryConfig().logLevel,
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {
    this.minimum = Math.max(0, LEVELS.indexOf(level as LogLevel));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (LEVELS.indexOf(level) < this.minimum) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const spanContext = trace.getActiveSpan()?.spanContext();
    const record: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context,
      traceId: spanContext?.traceId,
      spanId: spanContext?.spanId,
    };
    if (message instanceof Error) {
      record['msg'] = message.message;
      record['stack'] = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(record, maskPrivate(message as Record<string, unknown>));
    } else {
      record['msg'] = String(message);
    }
    const stack = rest.find((item) => typeof item === 'string');
    if (stack) record['stack'] = stack;
    this.write(`${JSON.stringify(record)}\n`);
  }
}

export function maskPrivate(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      if (PRIVATE_KEYS.test(key)) return [key, '***'];
      if (value && typeof value === 'object' && !Array.isArray(value))
        return [key, maskPrivate(value as Record<string, unknown>)];
      return [key, value];
    }),
  );
}
