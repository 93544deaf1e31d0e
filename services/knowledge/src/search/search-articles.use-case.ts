import { Injectable, OnModuleInit } from '@nestjs/common';
import { SearchArticlesQuery, SearchArticlesResult, SearchHit } from '@hotline/contracts';
import { queryTerms } from '@hotline/persistence';
import { ArticleSearchRepository, SearchRow } from './article-search.repository';
import { highlightSnippet, markTerms } from './highlight';
import { buildTsQueries, fragmentText, roundScore, SEARCH_STAGES, stageRuns } from './search-query';

const DEFAULT_LIMIT = 10;

/**
 * R7.1/R15.1: answers an operator's (or intake's) question from the knowledge base: jieba-segmented
 * full text in stages from precise to wide (every term, then any term in title or keywords, then two terms
 * anywhere, then title trigrams), ranked with ts_rank, matched words highlighted.
 */
@Injectable()
export class SearchArticlesUseCase implements OnModuleInit {
  constructor(private readonly search: ArticleSearchRepository) {}

  /** Loads jieba's dictionary (a few hundred ms) at start rather than in the first caller's search. */
  onModuleInit(): void {
    queryTerms('预热');
  }

  async execute(query: SearchArticlesQuery): Promise<SearchArticlesResult> {
    const terms = queryTerms(query.q);
    const tsQueries = buildTsQueries(terms);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows: SearchRow[] = [];
    for (const stage of SEARCH_STAGES) {
      if (!stageRuns(stage, rows.length, limit, tsQueries)) continue;
      const filter = {
        status: query.status ?? 'published',
        area: query.area ?? null,
        exclude: rows.map((row) => row.id),
        limit: limit - rows.length,
      };
      rows.push(...(await this.search.stage(stage, filter, tsQueries, fragmentText(terms))));
    }
    return { terms, items: rows.map((row) => hitOf(row, terms)) };
  }
}

function hitOf(row: SearchRow, terms: readonly string[]): SearchHit {
  return {
    id: row.id,
    title: row.title,
    ownerUnitId: row.owner_unit_id,
    areas: row.areas,
    field: row.field,
    category: row.category,
    status: row.status,
    version: row.version,
    reviewBy: row.review_by,
    score: roundScore(row.score),
    titleHighlight: markTerms(row.title, terms),
    snippet: highlightSnippet(row.body, terms),
  };
}
