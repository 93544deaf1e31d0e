import { BadRequestException, ConflictException } from '@nestjs/common';

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
});
