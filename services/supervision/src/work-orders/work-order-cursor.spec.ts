import { decodeCursor, encodeCursor } from './work-order-cursor';

describe('work-order page cursor', () => {
  it('round-trips the position of the last work order of a page', () => {
    const at = new Date('2026-10-08T01:02:03.456Z');
    const id = '0195f0a4-6b1e-7cc2-9a56-3c1f6e2d8a12';
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ receivedAt: at, id });
  });

  it('refuses a made-up cursor with 400 naming the field', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(expect.objectContaining({ status: 400 }));
  });
});
