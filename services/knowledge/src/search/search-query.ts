const TS_QUERY_SAFE_TERM = /^[\p{L}\p{N}]+$/u;

export interface TsQueries {
  /** Every term (to_tsquery text `a & b`): the precise first stage. */
  all: string;
  /** Any term (`a | b`): widening on title and keywords, and the ranking of every stage. */
  any: string;
  /** At least two of the terms (`(a & b) | (a & c) | (b & c)`), for 2 to MAX_PAIRED_TERMS terms; null otherwise. */
  some: string | null;
  count: number;
}

/** Beyond this many terms the pairs grow too many (n·(n−1)/2); such long questions widen on title and keywords only. */
export const MAX_PAIRED_TERMS = 8;

function pairsOf(terms: readonly string[]): string | null {
  if (terms.length < 2 || terms.length > MAX_PAIRED_TERMS) return null;
  return terms.flatMap((first, i) => terms.slice(i + 1).map((second) => `(${first} & ${second})`)).join(' | ');
}

/**
 * The to_tsquery('simple', …) texts of a query's terms. Terms are only letters and digits, so nothing can
 * inject tsquery operators. Null when no usable term is left.
 */
export function buildTsQueries(terms: readonly string[]): TsQueries | null {
  const safe = terms.filter((term) => TS_QUERY_SAFE_TERM.test(term));
  return safe.length > 0
    ? { all: safe.join(' & '), any: safe.join(' | '), some: pairsOf(safe), count: safe.length }
    : null;
}

/**
 * The stages of a search, most precise first (see README, "Search design"); each only fills up what the
 * earlier ones left of the limit:
 * - `all`: articles holding every term, anywhere;
 * - `head`: articles whose title and keywords hold two of the terms (any of them past MAX_PAIRED_TERMS);
 * - `some`: articles holding two of the terms anywhere;
 * - `loose`: articles whose title or keywords hold any term — only when nothing was found yet;
 * - `trigram`: titles resembling the query's words (fragments such as 9559 of 95598, words jieba splits otherwise) — only
 *   when nothing was found.
 * A lone common term in a body is never enough: ranking every article that mentions 材料 would cost more than it helps.
 */
export const SEARCH_STAGES = ['all', 'head', 'some', 'loose', 'trigram'] as const;
export type SearchStage = (typeof SEARCH_STAGES)[number];

/** Whether a stage still runs, given the hits found so far. */
export function stageRuns(stage: SearchStage, found: number, limit: number, queries: TsQueries | null): boolean {
  if (found >= limit || !queries) return false;
  if (stage === 'trigram') return found === 0;
  switch (stage) {
    case 'all':
      return true;
    case 'head':
      return queries.count > 1;
    case 'some':
      return queries.some !== null;
    case 'loose':
      return found === 0 && queries.some !== null;
  }
}

/**
 * The text the trigram stage compares titles with: the query's words without stop words, and without the
 * sub-words search mode added (公积, 积金 of 公积金), so that courtesies and question words match nothing.
 */
export function fragmentText(terms: readonly string[]): string {
  return terms.filter((term) => !terms.some((other) => other !== term && other.includes(term))).join(' ');
}

/** Similarity a title needs in the trigram stage: lower than pg_trgm's 0.6, since the stage runs only when words found nothing. */
export const TRIGRAM_THRESHOLD = 0.3;

/** Round a score for display and stable comparison in answers. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
