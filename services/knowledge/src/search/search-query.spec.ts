import { buildTsQuery, roundScore } from './search-query';

describe('search query building', () => {
  it('asks for any of the terms (ranking prefers documents with more of them)', () => {
    expect(buildTsQuery(['孩子', '上学', '材料'])).toBe('孩子 | 上学 | 材料');
  });

  it('leaves out anything that is not letters or digits, so no tsquery operator can be injected', () => {
    expect(buildTsQuery(['停水', "a'b", '!x', 'c:*', '12345'])).toBe('停水 | 12345');
  });

  it('is null when no usable term is left', () => {
    expect(buildTsQuery([])).toBeNull();
    expect(buildTsQuery(['&', '|'])).toBeNull();
  });

  it('rounds scores to four places', () => {
    expect(roundScore(0.123456)).toBe(0.1235);
  });
});
