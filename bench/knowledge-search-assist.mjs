// `npm run bench:search -- --assist`: the searches intake's inline assist makes (R15.1: the request's text, at most
// 200 characters, 3 hits), each stage's SQL run as the service runs it and again under EXPLAIN ANALYZE.

/** Matters as callers tell them (the lifecycle bench's), each with the sort of tail a real request has. */
const MATTERS = [
  '小区路灯坏了一周，晚上出行不便',
  '人行道井盖松动，老人容易绊倒',
  '楼下餐馆油烟扰民',
  '公交站台广告牌破损',
  '小区垃圾清运不及时',
  '咨询小学入学报名需要哪些材料',
  '咨询公积金贷款额度怎么计算',
  '单位拖欠工资三个月，怎么维权',
];
const QUERY_LENGTH = 200;
const HITS = 3;

/** A data source whose queries also run under EXPLAIN ANALYZE, each execution time noted as one stage. */
function explaining(dataSource, stages) {
  const explainedQuery = async (sql, parameters) => {
    const plan = await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    stages.push(plan[0]['QUERY PLAN'][0]['Execution Time']);
    return dataSource.query(sql, parameters);
  };
  return new Proxy(dataSource, { get: (target, key) => (key === 'query' ? explainedQuery : Reflect.get(target, key)) });
}

const round = (ms) => Math.round(ms * 100) / 100;
const at = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** Per search: how many stages ran and the sum of their execution times; p50/p95/max over `count` searches. */
export async function explainAssistSearches(dataSource, build, count) {
  const perSearch = [];
  const stageCounts = [];
  for (let i = 0; i < count; i++) {
    const stages = [];
    const useCase = new build.search.SearchArticlesUseCase(
      new build.searchRepository.ArticleSearchRepository(explaining(dataSource, stages)),
    );
    const q = `${MATTERS[i % MATTERS.length]}（${i}）`.slice(0, QUERY_LENGTH);
    await useCase.execute({ q, limit: HITS });
    perSearch.push(stages.reduce((sum, ms) => sum + ms, 0));
    stageCounts.push(stages.length);
  }
  const sorted = [...perSearch].sort((a, b) => a - b);
  return {
    searches: count,
    stagesPerSearch: round(stageCounts.reduce((sum, n) => sum + n, 0) / count),
    executionMsPerSearch: { p50: round(at(sorted, 0.5)), p95: round(at(sorted, 0.95)), max: round(sorted.at(-1)) },
  };
}
