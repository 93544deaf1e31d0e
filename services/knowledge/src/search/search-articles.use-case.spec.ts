import { ArticleSearchRepository, SearchRow, StageFilter } from './article-search.repository';
import { SearchStage, TsQueries } from './search-query';
import { SearchArticlesUseCase } from './search-articles.use-case';

const row = (id: string, title: string, score: number): SearchRow => ({
  id,
  title,
  body: `${title}的办理材料`,
  owner_unit_id: 'xt-gjj',
  areas: ['all'],
  field: null,
  category: null,
  status: 'published',
  version: 1,
  review_by: '2026-09-01',
  score,
});

/** Answers each stage from a table of canned rows, and records what the use case asked of it. */
function searchWith(found: Partial<Record<SearchStage, SearchRow[]>>) {
  const asked: Array<{ stage: SearchStage; filter: StageFilter; tsQueries: TsQueries | null }> = [];
  const repository = {
    stage: (stage: SearchStage, filter: StageFilter, tsQueries: TsQueries | null) => {
      asked.push({ stage, filter, tsQueries });
      return Promise.resolve((found[stage] ?? []).slice(0, filter.limit));
    },
  } as unknown as ArticleSearchRepository;
  return { asked, useCase: new SearchArticlesUseCase(repository) };
}

describe('SearchArticlesUseCase (R7.1, R15.1)', () => {
  it('R15.1 widens stage by stage, each filling only what the earlier left of the limit, without repeating an article', async () => {
    const { asked, useCase } = searchWith({
      all: [row('kb-a', '公积金提取', 0.91234)],
      head: [row('kb-b', '公积金贷款', 0.5)],
      some: [row('kb-c', '提取条件', 0.2)],
    });
    const result = await useCase.execute({ q: '公积金提取', limit: 2 });
    expect(result.items.map((hit) => hit.id)).toEqual(['kb-a', 'kb-b']);
    expect(result.items[0]).toMatchObject({
      ownerUnitId: 'xt-gjj',
      reviewBy: '2026-09-01',
      score: 0.9123,
      titleHighlight: expect.stringContaining('<mark>'),
    });
    expect(asked.map(({ stage, filter }) => [stage, filter.limit, filter.exclude])).toEqual([
      ['all', 2, []],
      ['head', 1, ['kb-a']],
    ]);
    expect(asked[0].filter).toMatchObject({ status: 'published', area: null });
  });

  it('R7.1 searches the status and area asked for, and tries title trigrams only when words found nothing', async () => {
    const { asked, useCase } = searchWith({ trigram: [row('kb-hotline', '95598供电服务热线', 0.4)] });
    const result = await useCase.execute({ q: '9559', status: 'draft', area: '雨湖区' });
    expect(result.items.map((hit) => hit.id)).toEqual(['kb-hotline']);
    expect(asked.at(-1)).toMatchObject({ stage: 'trigram', filter: { status: 'draft', area: '雨湖区', limit: 10 } });
  });

  it('asks nothing of the database for a question of stop words only', async () => {
    const { asked, useCase } = searchWith({});
    await expect(useCase.execute({ q: '的了吗' })).resolves.toMatchObject({ items: [] });
    expect(asked).toEqual([]);
  });
});
