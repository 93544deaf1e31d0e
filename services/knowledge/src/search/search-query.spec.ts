import { buildTsQueries, fragmentText, MAX_PAIRED_TERMS, roundScore, SEARCH_STAGES, stageRuns } from './search-query';

describe('search query building', () => {
  it('asks first for every term, then for any of them', () => {
    expect(buildTsQueries(['孩子', '上学', '材料'])).toEqual({
      all: '孩子 & 上学 & 材料',
      any: '孩子 | 上学 | 材料',
      some: '(孩子 & 上学) | (孩子 & 材料) | (上学 & 材料)',
      count: 3,
    });
  });

  it('leaves out anything that is not letters or digits, so no tsquery operator can be injected', () => {
    expect(buildTsQueries(['停水', "a'b", '!x', 'c:*', '12345'])).toEqual({
      all: '停水 & 12345',
      any: '停水 | 12345',
      some: '(停水 & 12345)',
      count: 2,
    });
  });

  it('is null when no usable term is left', () => {
    expect(buildTsQueries([])).toBeNull();
    expect(buildTsQueries(['&', '|'])).toBeNull();
  });

  it('pairs at most MAX_PAIRED_TERMS terms, and a single term needs no pairs', () => {
    expect(buildTsQueries(['停水'])!.some).toBeNull();
    expect(
      buildTsQueries(Array.from({ length: MAX_PAIRED_TERMS }, (_, i) => `t${i}`))!.some!.split(' | '),
    ).toHaveLength((MAX_PAIRED_TERMS * (MAX_PAIRED_TERMS - 1)) / 2);
    expect(buildTsQueries(Array.from({ length: MAX_PAIRED_TERMS + 1 }, (_, i) => `t${i}`))!.some).toBeNull();
  });

  it('widens in stages only while hits are missing; any lone term in a title, and trigrams, only when nothing was found', () => {
    const three = buildTsQueries(['孩子', '上学', '材料']);
    expect(stageRuns('all', 0, 10, three)).toBe(true);
    expect(stageRuns('head', 3, 10, three)).toBe(true);
    expect(stageRuns('head', 10, 10, three)).toBe(false);
    expect(stageRuns('some', 3, 10, three)).toBe(true);
    expect(stageRuns('loose', 3, 10, three)).toBe(false);
    expect(stageRuns('loose', 0, 10, three)).toBe(true);
    expect(stageRuns('trigram', 0, 10, three)).toBe(true);
    expect(stageRuns('trigram', 1, 10, three)).toBe(false);
  });

  it('asks a single term only once: every later stage would find a subset of the first', () => {
    const one = buildTsQueries(['停水']);
    expect(['all', 'head', 'some', 'loose'].map((stage) => stageRuns(stage as never, 0, 10, one))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('without usable terms, no stage runs (a question of stop words finds nothing rather than anything)', () => {
    expect(SEARCH_STAGES.map((stage) => stageRuns(stage, 0, 10, null))).toEqual([false, false, false, false, false]);
  });

  it('compares titles with the query’s words, not with their sub-words', () => {
    expect(fragmentText(['公积', '积金', '公积金', '提取'])).toBe('公积金 提取');
    expect(fragmentText(['9559'])).toBe('9559');
  });

  it('rounds scores to four places', () => {
    expect(roundScore(0.123456)).toBe(0.1235);
  });
});
