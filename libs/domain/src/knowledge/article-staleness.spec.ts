import { articleStaleness, daysPastReview, reviewDateAfter, staleBefore } from './article-staleness';

describe('staleness of knowledge articles', () => {
  it('R26.1 counts days past the review date on the Beijing calendar day', () => {
    // 2027-06-10 01:00 Beijing is still 2027-06-09 in UTC.
    expect(daysPastReview('2027-06-01', new Date('2027-06-09T17:00:00Z'))).toBe(9);
    expect(daysPastReview('2027-06-01', new Date('2027-06-09T15:59:59Z'))).toBe(8);
  });

  it('R26.1 counts the review day itself as kept up to date, the next day as stale', () => {
    expect(daysPastReview('2027-06-10', new Date('2027-06-10T15:59:59Z'))).toBe(0);
    expect(daysPastReview('2027-06-10', new Date('2027-06-10T16:00:00Z'))).toBe(1);
    expect(staleBefore(new Date('2027-06-10T16:00:00Z'))).toBe('2027-06-11');
  });

  it('R26.1 R7.1 a published article past its review date is stale by the days overdue; one due today is not yet', () => {
    const now = new Date('2027-06-10T02:00:00Z');
    expect(articleStaleness({ status: 'published', reviewBy: '2027-06-01' }, now)).toEqual({
      stale: true,
      daysOverdue: 9,
    });
    expect(articleStaleness({ status: 'published', reviewBy: '2027-06-10' }, now)).toEqual({ stale: false });
    expect(articleStaleness({ status: 'published', reviewBy: '2027-12-31' }, now)).toEqual({ stale: false });
  });

  it('R26.1 R7.1 drafts and retired articles are never stale, however old their review date', () => {
    const now = new Date('2027-06-10T02:00:00Z');
    expect(articleStaleness({ status: 'draft', reviewBy: '2027-01-01' }, now)).toEqual({ stale: false });
    expect(articleStaleness({ status: 'retired', reviewBy: '2027-01-01' }, now)).toEqual({ stale: false });
  });

  it('sets a review date months ahead, clamped to the end of a shorter month', () => {
    expect(reviewDateAfter(new Date('2026-11-27T02:00:00Z'), 6)).toBe('2027-05-27');
    expect(reviewDateAfter(new Date('2026-08-31T02:00:00Z'), 6)).toBe('2027-02-28');
    expect(reviewDateAfter(new Date('2027-08-31T02:00:00Z'), 6)).toBe('2028-02-29');
    expect(reviewDateAfter(new Date('2026-12-31T17:00:00Z'), 12)).toBe('2028-01-01');
  });
});
