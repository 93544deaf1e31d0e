import { queryTerms, segmentForSearch } from '@hotline/persistence';

/** One way the list's `text` matches a work order, as SQL over the listing `l` with its named parameters. */
export interface TextAlternative {
  sql: string;
  parameters: { textQuery?: string; numberStart?: string; numberStartAfterPrefix?: string; numberEnd?: string };
  /**
   * Its matches are found through its own indexes and then sorted. A number's beginning or end is rare, but Postgres
   * cannot tell how rare (it guessed one order in a hundred for the last four digits) and would walk the newest orders.
   */
  sortWhatIsFound: boolean;
}

// IDX_work_order_listing_search indexes the stored tsvector of the matter's terms.
const CONTENT_MATCHES = `l.search_vector @@ to_tsquery('simple', :textQuery)`;
// IDX_work_order_listing_number_prefix and IDX_work_order_listing_number_suffix: a number's beginning, with or without
// its XT, or its end.
const NUMBER_MATCHES = `(l.number LIKE :numberStart OR l.number LIKE :numberStartAfterPrefix OR reverse(l.number) LIKE :numberEnd)`;
// Shorter than four characters a text is not read as a part of a number: `XT`, or the last digit, match too many.
const NUMBER_PART = /^[A-Za-z0-9]{4,}$/;
const NUMBER_PREFIX = 'XT';

/**
 * `text` on GET /api/v1/work-orders (R14.1): every word of it in the content (jieba's words, as the content was split
 * when projected), or — when it could be one — the beginning or the end of a work-order number (a number read out,
 * a date, the last digits). All through indexes, never a scan. They are alternatives, each read on its own: in one
 * `OR` Postgres adds up two guesses of how rare each is and may walk the newest orders for a rare one.
 */
export function textAlternativesOf(text: string): TextAlternative[] {
  const words = queryTerms(text);
  // Only stop words (e.g. 哪里): they are the words asked for, then.
  const terms = words.length > 0 ? words : [...new Set(segmentForSearch(text))];
  const alternatives: TextAlternative[] = [];
  if (terms.length > 0)
    alternatives.push({ sql: CONTENT_MATCHES, parameters: { textQuery: terms.join(' & ') }, sortWhatIsFound: false });
  const trimmed = text.trim();
  if (NUMBER_PART.test(trimmed)) {
    const part = trimmed.toUpperCase();
    alternatives.push({
      sql: NUMBER_MATCHES,
      parameters: {
        numberStart: `${part}%`,
        numberStartAfterPrefix: `${NUMBER_PREFIX}${part}%`,
        numberEnd: `${[...part].reverse().join('')}%`,
      },
      sortWhatIsFound: true,
    });
  }
  return alternatives;
}
