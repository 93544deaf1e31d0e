import { BadRequestException, ConflictException } from '@nestjs/common';

import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { ProblemError, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps the status and message of an HTTP exception', () => {
    expect(toProblem(new ConflictException('already signed'))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'already signed',
    });
  });

  it('keeps the field details of a validation failure', () => {
    const problem = toProblem(
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'content: x',
        details: [{ field: 'content' }],
      }),
    );
    expect(problem).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'content: x',
      details: [{ field: 'content' }],
    });
  });

  it('maps a rule error carrying httpStatus 422', () => {
    const ruleError = Object.assign(new Error('second extension refused'), {
      httpStatus: 422,
      code: 'EXTENSION_ALREADY_USED',
    });
    expect(toProblem(ruleError)).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'second extension refused',
      details: 'EXTENSION_ALREADY_USED',
    });
  });

  it('hides the message of an unexpected error', () => {
    expect(toProblem(new TypeError('cannot read x of undefined at /srv/app.js'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal error',
    });
  });

  it('passes a downstream problem through unchanged', () => {
    const problem = { statusCode: 404, error: 'Not Found', message: 'no such work order' };
    expect(toProblem(new ProblemError(problem))).toBe(problem);
  });
});

describe('toProblem with foreign bodies', () => {
  it('keeps a body without a message (e.g. a health report) whole as details', () => {
    const report = { status: 'error', error: { nats: { status: 'down' } } };
    const problem = toProblem(new (class extends BadRequestException {})(report));
    expect(problem).toMatchObject({ statusCode: 400, message: 'Bad Request', details: report });
  });

  describe('a database that is not there for now is a 503 to retry, not an internal error', () => {
    const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });
    /** TypeORM's QueryFailedError carries the driver's code and keeps the driver's error. */
    const queryFailed = (driver: Error & { code: string }) =>
      Object.assign(new Error(driver.message), { code: driver.code, driverError: driver });

    it.each([
      [
        'Postgres shutting down (57P01)',
        queryFailed(driverError('57P01', 'terminating connection due to administrator command')),
      ],
      ['Postgres starting up (57P03)', driverError('57P03', 'the database system is starting up')],
      ['a connection exception (08006)', driverError('08006', 'connection failure')],
      ['the server refusing connections', driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
      ['a connection ended under a query', new Error('Connection terminated unexpectedly')],
      ['the pool unable to open a connection', new Error('timeout exceeded when trying to connect')],
      ['a transaction whose connection failed between two queries', new QueryRunnerAlreadyReleasedError()],
      [
        'a wrapped driver error',
        Object.assign(new Error('query failed'), { driverError: driverError('08003', 'no connection') }),
      ],
    ])('%s', (_case, error) => {
      expect(toProblem(error)).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is unavailable for now: try again',
      });
    });

    it('keeps any other failure of the database, or of the code, a 500 that shows nothing', () => {
      for (const error of [
        driverError('23505', 'duplicate key value violates unique constraint'),
        driverError('42P01', 'relation "intake.nowhere" does not exist'),
        new TypeError("Cannot read properties of undefined (reading 'id')"),
        'a thrown string',
      ])
        expect(toProblem(error)).toEqual({
          statusCode: 500,
          error: 'Internal Server Error',
          message: 'Internal error',
        });
    });
  });
});
