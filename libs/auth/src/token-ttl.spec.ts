import { ttlToSeconds } from './token-ttl';

describe('ttlToSeconds', () => {
  it.each([
    [3600, 3600],
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['8h', 28800],
    ['7d', 604800],
  ])('reads %p as %p seconds', (ttl, seconds) => {
    expect(ttlToSeconds(ttl)).toBe(seconds);
  });

  it.each(['', '8x', '-1h', '1.5h', 'h', '0s'])('refuses %p', (ttl) => {
    expect(() => ttlToSeconds(ttl)).toThrow(/ttl/);
  });

  it('refuses zero, negative and fractional numbers', () => {
    for (const ttl of [0, -5, 1.5]) expect(() => ttlToSeconds(ttl)).toThrow(/ttl/);
  });
});
