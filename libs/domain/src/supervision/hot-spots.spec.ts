import { hotSpotBaseline, hotSpotPlaceOf, hotSpotWindows, isHotSpot } from './hot-spots';

const threshold = { minCount: 10, ratio: 3 };

describe('hot spots (R23.1 trigger 2)', () => {
  const now = new Date('2026-03-30T01:00:00Z');

  it('R23.1 compares the last window with the same weekday and hours of the previous weeks', () => {
    const { current, baseline } = hotSpotWindows(now, 24, 4);
    expect(current).toEqual({ start: new Date('2026-03-29T01:00:00Z'), end: now });
    expect(baseline.map((w) => w.end.toISOString())).toEqual([
      '2026-03-23T01:00:00.000Z',
      '2026-03-16T01:00:00.000Z',
      '2026-03-09T01:00:00.000Z',
      '2026-03-02T01:00:00.000Z',
    ]);
    expect(baseline[3]!.start).toEqual(new Date('2026-03-01T01:00:00Z'));
  });

  it('R23.1 the baseline is the mean of the weeks the platform recorded whole, unknown without any', () => {
    const { baseline } = hotSpotWindows(now, 24, 4);
    const counted = baseline.map((w, i) => ({ ...w, count: [2, 4, 0, 6][i]! }));
    expect(hotSpotBaseline(counted, new Date('2026-01-01T00:00:00Z'))).toBe(3);
    // recording began inside the fourth week back: that week is not a zero, it is unknown
    expect(hotSpotBaseline(counted, new Date('2026-03-08T00:00:00Z'))).toBe(2);
    expect(hotSpotBaseline(counted, new Date('2026-03-01T12:00:00Z'))).toBe(2);
    expect(hotSpotBaseline(counted, new Date('2026-03-22T12:00:00Z'))).toBeUndefined();
    expect(hotSpotBaseline(counted, undefined)).toBeUndefined();
  });

  it('R23.1 a hot spot reaches both the floor and the ratio of its baseline', () => {
    expect(isHotSpot(30, 2, threshold)).toBe(true);
    expect(isHotSpot(30, 0, threshold)).toBe(true);
    expect(isHotSpot(9, 0, threshold)).toBe(false);
    expect(isHotSpot(12, 6, threshold)).toBe(false);
    expect(isHotSpot(18, 6, threshold)).toBe(true);
    expect(isHotSpot(100, undefined, threshold)).toBe(false);
  });

  it('R23.1 a work order counts for its street, else its district, and not without a district', () => {
    expect(hotSpotPlaceOf({ district: '雨湖区', street: ' 城正街街道 ' })).toEqual({
      district: '雨湖区',
      street: '城正街街道',
    });
    expect(hotSpotPlaceOf({ district: '雨湖区', street: ' ' })).toEqual({ district: '雨湖区' });
    expect(hotSpotPlaceOf({ street: '城正街街道' })).toBeUndefined();
  });
});
