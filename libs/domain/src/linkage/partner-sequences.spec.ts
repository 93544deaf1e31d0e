import { contiguousThrough, gapRequestDue, placeSequence } from './partner-sequences';

describe('partner sequences (R10.2)', () => {
  it('R10.2: the next number moves the highest on, and a number that jumps ahead opens a gap', () => {
    expect(placeSequence(0, 1, null)).toEqual({ highest: 1 });
    expect(placeSequence(4, 9, null)).toEqual({ highest: 9, opened: { from: 5, to: 8 } });
  });

  it('R10.2: a late number fills its gap, leaving what is still missing on either side', () => {
    const gap = { from: 5, to: 8 };
    expect(placeSequence(9, 6, gap)).toEqual({
      highest: 9,
      filled: {
        gap,
        remaining: [
          { from: 5, to: 5 },
          { from: 7, to: 8 },
        ],
      },
    });
    expect(placeSequence(9, 5, gap).filled?.remaining).toEqual([{ from: 6, to: 8 }]);
    expect(placeSequence(9, 5, { from: 5, to: 5 }).filled?.remaining).toEqual([]);
  });

  it('R10.2: a number already received (outside any gap) changes nothing', () => {
    expect(placeSequence(9, 3, null)).toEqual({ highest: 9 });
  });

  it('R10.2: everything arrived up to just before the first open gap', () => {
    expect(contiguousThrough(20, [])).toBe(20);
    expect(
      contiguousThrough(20, [
        { from: 12, to: 14 },
        { from: 5, to: 8 },
      ]),
    ).toBe(4);
  });

  it('R10.2: an open gap is asked for at once, then again after a back-off that doubles', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    expect(gapRequestDue({ requestedAt: null, requests: 0 }, now, 5_000)).toBe(true);
    expect(gapRequestDue({ requestedAt: ago(4_999), requests: 1 }, now, 5_000)).toBe(false);
    expect(gapRequestDue({ requestedAt: ago(5_000), requests: 1 }, now, 5_000)).toBe(true);
    expect(gapRequestDue({ requestedAt: ago(9_000), requests: 2 }, now, 5_000)).toBe(false);
    expect(gapRequestDue({ requestedAt: ago(10_000), requests: 2 }, now, 5_000)).toBe(true);
  });
});
