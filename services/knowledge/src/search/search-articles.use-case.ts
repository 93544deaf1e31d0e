import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArticleStatus, KnowledgeArea, SearchArticlesQuery, SearchArticlesResult, SearchHit } from '@hotline/contracts';
import { queryTerms } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { highlightSnippet, markTerms } from './highlight';
import { buildTsQueries, fragmentText, roundScore, SEARCH_STAGES, SearchStage, stageRuns, TRIGRAM_THRESHOLD } from './search-query';
import { stageQuery } from './search-sql';

const DEFAULT_LIMIT = 10;

interface SearchRow {
  id: string;
  title: string;
  body: string;
  owner_unit_id: string;
  areas: string[];
  field: string | null;
  category: string | null;
  status: string;
  version: number;
  review_by: string;
  score: number;
}

/**
 * R7.1/R15.1: answers an operator's (or intake's) question from the knowledge base: jieba-segmented
 * full text in stages from precise to wide (every term, then any term in title or keywords, then two terms
 * anywhere, then title trigrams), ranked with ts_rank, matched words highlighted.
 */
@Injectable()
export class SearchArticlesUseCase implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Loads jieba's dictionary (a few hundred ms) at start rather than in the first caller's search. */
  onModuleInit(): void {
    queryTerms('预热');
  }

  async execute(query: SearchArticlesQuery): Promise<SearchArticlesResult> {
    const terms = queryTerms(query.q);
    const tsQueries = buildTsQueries(terms);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const table = this.dataSource.getRepository(Article).metadata.tablePath;
    const rows: SearchRow[] = [];
    for (const stage of SEARCH_STAGES) {
      if (!stageRuns(stage, rows.length, limit, tsQueries)) continue;
      const filter = { status: query.status ?? 'published', area: query.area ?? null, exclude: rows.map((row) => row.id), limit: limit - rows.length };
      const { sql, params } = stageQuery(table, stage, filter, tsQueries, fragmentText(terms));
      rows.push(...(await this.run(stage, sql, params)));
    }
    return { terms, items: rows.map((row) => hitOf(row, terms)) };
  }

  private run(stage: SearchStage, sql: string, params: unknown[]): Promise<SearchRow[]> {
    if (stage !== 'trigram') return this.dataSource.query(sql, params);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(TRIGRAM_THRESHOLD)]);
      return manager.query(sql, params);
    });
  }
}

function hitOf(row: SearchRow, terms: readonly string[]): SearchHit {
  return {
    id: row.id,
    title: row.title,
    ownerUnitId: row.owner_unit_id,
    areas: row.areas as KnowledgeArea[],
    field: row.field,
    category: row.category,
    status: row.status as ArticleStatus,
    version: row.version,
    reviewBy: row.review_by,
    score: roundScore(row.score),
    titleHighlight: markTerms(row.title, terms),
    snippet: highlightSnippet(row.body, terms),
  };
}
