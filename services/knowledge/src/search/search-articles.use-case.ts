import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArticleStatus, KnowledgeArea, SearchArticlesQuery, SearchArticlesResult, SearchHit } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { queryTerms } from './chinese-tokenizer';
import { highlightSnippet, markTerms } from './highlight';
import { buildTsQuery, roundScore, TRIGRAM_WEIGHT } from './search-query';

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
 * R7.1/R15.1: answers an operator's (or intake's) question from the knowledge base. Full text over the
 * jieba-segmented tsvector, ranked with ts_rank, plus pg_trgm word similarity so fragments and near
 * spellings still find their article.
 */
@Injectable()
export class SearchArticlesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: SearchArticlesQuery): Promise<SearchArticlesResult> {
    const terms = queryTerms(query.q);
    const rows: SearchRow[] = await this.dataSource.query(this.sql(), [
      buildTsQuery(terms),
      query.q.trim(),
      query.status ?? 'published',
      query.area ?? null,
      query.limit ?? DEFAULT_LIMIT,
      TRIGRAM_WEIGHT,
    ]);
    return { terms, items: rows.map((row) => hitOf(row, terms)) };
  }

  private sql(): string {
    const table = this.dataSource.getRepository(Article).metadata.tablePath;
    return `
      WITH input AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE to_tsquery('simple', $1::text) END AS query)
      SELECT a.id, a.title, a.body, a.owner_unit_id, a.areas, a.field, a.category, a.status, a.version,
             to_char(a.review_by, 'YYYY-MM-DD') AS review_by,
             (COALESCE(ts_rank(a.search_vector, input.query, 1), 0) + $6::real * public.word_similarity($2::text, a.search_text))::float8 AS score
        FROM ${table} a, input
       WHERE a.status = $3::text
         AND ($4::text IS NULL OR a.areas && ARRAY[$4::text, 'all'])
         AND (a.search_vector @@ input.query OR $2::text OPERATOR(public.<%) a.search_text)
       ORDER BY score DESC, a.id
       LIMIT $5::int`;
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
