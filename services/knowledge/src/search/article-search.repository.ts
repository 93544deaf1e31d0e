import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArticleStatus, KnowledgeArea } from '@hotline/contracts';
import { quotedTable } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { SearchStage, TsQueries } from './search-query';

/** The rows a stage ranks in full (body vectors read): enough for any limit, few enough to rank fast. */
const CANDIDATES_PER_STAGE = 60;

/**
 * The matches a stage pre-ranks on their head vectors at most. Only a base of near-duplicates reaches it
 * (2,000 articles holding every term of a question); beyond it, which matches are ranked is the table's order.
 */
const MATCHES_PER_STAGE = 2_000;

export interface StageFilter {
  status: string;
  area: string | null;
  /** Ids an earlier stage already answered. */
  exclude: string[];
  limit: number;
}

// $1 status, $2 area or null, $3 ids already found, $4 limit; $5 what the stage matches with, $6 what it ranks with.
const RANKED_MATCH: Record<
  Exclude<SearchStage, 'trigram'>,
  { match: string; terms: (queries: TsQueries) => string | null }
> = {
  all: { match: `c.search_vector @@ to_tsquery('simple', $5::text)`, terms: (queries) => queries.all },
  head: { match: `c.head_vector @@ to_tsquery('simple', $5::text)`, terms: (queries) => queries.some ?? queries.any },
  some: { match: `c.search_vector @@ to_tsquery('simple', $5::text)`, terms: (queries) => queries.some },
  loose: { match: `c.head_vector @@ to_tsquery('simple', $5::text)`, terms: (queries) => queries.any },
};

function candidates(table: string, match: string, preRank: string): string {
  return `SELECT c.id, ${preRank} AS pre_rank
              FROM (SELECT c.id, c.title, c.head_vector
                      FROM ${table} c
                     WHERE c.status = $1::text
                       AND ($2::text IS NULL OR c.areas && ARRAY[$2::text, 'all'])
                       AND NOT (c.id = ANY($3::text[]))
                       AND ${match}
                     LIMIT ${MATCHES_PER_STAGE}) c
             ORDER BY pre_rank DESC, c.id
             LIMIT ${CANDIDATES_PER_STAGE}`;
}

function ranked(table: string, candidateSql: string, score: string): string {
  return `
    SELECT a.id, a.title, a.body, a.owner_unit_id, a.areas, a.field, a.category, a.status, a.version,
           to_char(a.review_by, 'YYYY-MM-DD') AS review_by, (${score})::float8 AS score
      FROM (${candidateSql}) c
      JOIN ${table} a ON a.id = c.id
     ORDER BY score DESC, a.id
     LIMIT $4::int`;
}

/**
 * One stage's SQL and parameters. Candidates are chosen on the small head vector (or title trigrams), so the
 * large body vectors are read for at most CANDIDATES_PER_STAGE rows; a GIN match needs no recheck of the row.
 */
function stageQuery(
  table: string,
  stage: SearchStage,
  filter: StageFilter,
  tsQueries: TsQueries | null,
  text: string,
): { sql: string; params: unknown[] } {
  const common = [filter.status, filter.area, filter.exclude, filter.limit];
  if (stage === 'trigram') {
    const sql = ranked(
      table,
      candidates(table, `$5::text OPERATOR(public.<%) c.title`, `public.word_similarity($5::text, c.title)`),
      'c.pre_rank',
    );
    return { sql, params: [...common, text] };
  }
  const { match, terms } = RANKED_MATCH[stage];
  const matchWith = tsQueries ? terms(tsQueries) : null;
  if (!tsQueries || !matchWith) throw new Error(`search stage ${stage} needs terms`);
  const preRank = `ts_rank(c.head_vector, to_tsquery('simple', $6::text))`;
  const sql = ranked(
    table,
    candidates(table, match, preRank),
    `c.pre_rank + ts_rank(a.search_vector, to_tsquery('simple', $6::text), 1)`,
  );
  return { sql, params: [...common, matchWith, tsQueries.any] };
}

/** One article a stage found, with its score. */
export interface SearchRow {
  id: string;
  title: string;
  body: string;
  owner_unit_id: string;
  areas: KnowledgeArea[];
  field: string | null;
  category: string | null;
  status: ArticleStatus;
  version: number;
  review_by: string;
  score: number;
}

/** Full-text and trigram search over the articles table: each stage's hand-written SQL (see README, "Search design"). */
@Injectable()
export class ArticleSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The articles one stage finds, best first, at most `filter.limit`. */
  stage(stage: SearchStage, filter: StageFilter, tsQueries: TsQueries | null, text: string): Promise<SearchRow[]> {
    const { sql, params } = stageQuery(quotedTable(this.dataSource, Article), stage, filter, tsQueries, text);
    return this.dataSource.query(sql, params);
  }
}
