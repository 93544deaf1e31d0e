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
});
