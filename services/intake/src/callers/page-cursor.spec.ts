import { toProblem } from '@hotline/messaging';
import { badInput } from '@hotline/platform';
import { decodePageCursor, encodePageCursor } from './page-cursor';

describe('page cursor of the caller-read audit and the contact requests', () => {
  it('round-trips the time and id of the last row', () => {
    const at = new Date('2026-12-01T08:00:00.123Z');
    expect(decodePageCursor(encodePageCursor(at, '0b7c6a1e-1111-4222-8333-444455556666'))).toEqual({
      at,
      id: '0b7c6a1e-1111-4222-8333-444455556666',
    });
  });

  it('refuses a cursor it did not make, naming the field', () => {
    expect(() => decodePageCursor('bm90LWEtY3Vyc29y')).toThrow(/cursor/);
  });

  it('answers a cursor it did not make as the validation pipe answers a bad field: 400, details [{ field, problems }]', () => {
    let refusal: unknown;
    try {
      decodePageCursor('bm90LWEtY3Vyc29y');
    } catch (error) {
      refusal = error;
    }
    const pipe = toProblem(badInput([{ field: 'cursor', problems: ['unknown cursor'] }]));
    expect(toProblem(refusal)).toEqual({
      ...pipe,
      message: 'cursor: is not the nextCursor of a previous page',
    });
    expect(toProblem(refusal)).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      details: [{ field: 'cursor', problems: ['unknown cursor'] }],
    });
  });
});
