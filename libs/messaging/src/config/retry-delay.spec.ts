import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('never overflows for absurd delivery counts', () => {
    expect(retryDelayMs(10_000, 1000, 60_000)).toBe(60_000);
  });
});
