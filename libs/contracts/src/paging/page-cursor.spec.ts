import { InvalidDomainInputError } from '@hotline/domain';
import { decodePageCursor, encodePageCursor } from './page-cursor';

describe('page cursor of every list', () => {
  it('round-trips the time and id of the last row of a page', () => {
    const position = { at: new Date('2026-12-01T08:00:00.123Z'), id: '0b7c6a1e-1111-4222-8333-444455556666' };
    expect(decodePageCursor(encodePageCursor(position))).toEqual(position);
  });

  it('refuses a cursor no page gave out with a 400 naming the field', () => {
    const attempt = () => decodePageCursor(Buffer.from('not-a-cursor').toString('base64url'));
    expect(attempt).toThrow(InvalidDomainInputError);
    expect(attempt).toThrow(
      expect.objectContaining({ httpStatus: 400, details: [expect.objectContaining({ field: 'cursor' })] }),
    );
  });
});
