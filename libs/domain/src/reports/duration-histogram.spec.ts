import { durationMinuteOf, percentileOf, percentileOfHistogram, workingDaysOfMinute } from './index';

const days = (minutes: number) => (minutes * 60_000) / 86_400_000;
const histogramOf = (values: readonly number[]) =>
  values.map((value) => ({ minute: durationMinuteOf(value), count: 1 }));

describe('R24.1 durations from a histogram of working minutes', () => {
  it('R24.1 a duration is counted at its nearest working minute', () => {
    expect(durationMinuteOf(1)).toBe(1440);
    expect(durationMinuteOf(days(90))).toBe(90);
    expect(durationMinuteOf(days(90) + 29_000 / 86_400_000)).toBe(90);
    expect(durationMinuteOf(days(90) + 31_000 / 86_400_000)).toBe(91);
    expect(workingDaysOfMinute(90)).toBe(days(90));
  });

  it('R24.1 the median and p90 of whole-minute durations equal the exact percentiles, buckets merged in any order', () => {
    const values = [days(90), days(30), days(2_880), days(90), days(600), days(45), days(1_441)];
    const histogram = [...histogramOf(values.slice(3)), ...histogramOf(values.slice(0, 3))];
    for (const fraction of [0.5, 0.9]) {
      expect(percentileOfHistogram(histogram, fraction)).toBe(percentileOf(values, fraction));
    }
    expect(
      percentileOfHistogram(
        [
          { minute: 90, count: 2 },
          { minute: 30, count: 1 },
        ],
        0.5,
      ),
    ).toBe(days(90));
  });

  it('R24.1 a duration between minutes is off by at most half a minute; no durations, no percentile', () => {
    const values = [0.123456, 0.5, 2.75, 7.01234, 0.98765];
    const precision = 0.5 / 1440;
    for (const fraction of [0.5, 0.9]) {
      const exact = percentileOf(values, fraction)!;
      expect(Math.abs(percentileOfHistogram(histogramOf(values), fraction)! - exact)).toBeLessThanOrEqual(precision);
    }
    expect(percentileOfHistogram([], 0.5)).toBeNull();
    expect(percentileOfHistogram([{ minute: 5, count: 0 }], 0.9)).toBeNull();
  });
});
