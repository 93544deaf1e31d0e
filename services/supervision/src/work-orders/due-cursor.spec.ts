import { InvalidDomainInputError } from '@hotline/domain';
import { encodePageCursor } from '@hotline/contracts';
import { decodeDueCursor, encodeDueCursor } from './due-cursor';

const ID = '0b7c6a1e-1111-4222-8333-444455556666';

describe('cursor of the work-order list in deadline order', () => {
  it.each([
    ['a running deadline', new Date('2026-12-01T08:00:00.123Z')],
    ['no running deadline', null],
  ])('round-trips the last row of a page with %s', (_name, due) => {
    expect(decodeDueCursor(encodeDueCursor({ due, id: ID }))).toEqual({ due, id: ID });
  });

  it.each([
    ['a cursor of the newest-first order', encodePageCursor({ at: new Date('2026-12-01T08:00:00Z'), id: ID })],
    ['a cursor no page gave out', Buffer.from('due|yesterday|' + ID).toString('base64url')],
  ])('refuses %s with a 400 naming the field', (_name, cursor) => {
    const attempt = () => decodeDueCursor(cursor);
    expect(attempt).toThrow(InvalidDomainInputError);
    expect(attempt).toThrow(
      expect.objectContaining({ httpStatus: 400, details: [expect.objectContaining({ field: 'cursor' })] }),
    );
  });
});
