const TS_QUERY_SAFE_TERM = /^[\p{L}\p{N}]+$/u;

/**
 * A to_tsquery('simple', …) text that matches any of the terms (ranking then prefers documents that
 * match more of them). Terms are only letters and digits, so nothing can inject tsquery operators.
 * Null when no usable term is left.
 */
export function buildTsQuery(terms: readonly string[]): string | null {
  const safe = terms.filter((term) => TS_QUERY_SAFE_TERM.test(term));
  return safe.length > 0 ? safe.join(' | ') : null;
}

/** The relative weight of trigram similarity (fragments, typos) against full-text rank in a hit's score. */
export const TRIGRAM_WEIGHT = 0.3;

/** Round a score for display and stable comparison in answers. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
