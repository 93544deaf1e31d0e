import { queryTerms, segmentForSearch } from '@hotline/persistence';

/** The indexed SQL of the list's `text` filter: its parameters are `textQuery` and `numberPattern`. */
export interface TextFilter {
  sql: string;
  parameters: { textQuery?: string; numberPattern?: string };
}

// IDX_work_order_listing_search indexes the stored tsvector of the matter's terms.
const CONTENT_MATCHES = `l.search_vector @@ to_tsquery('simple', :textQuery)`;
const NUMBER_MATCHES = `l.number LIKE :numberPattern`;
const NUMBER_PART = /^[A-Za-z0-9]+$/;

/**
 * `text` on GET /api/v1/work-orders: every word of it in the content (jieba's words, as the content was split when
 * projected), or — when it could be one — a part of the work-order number. Both through GIN indexes, never a scan.
 */
export function textFilterOf(text: string): TextFilter {
  const words = queryTerms(text);
  // Only stop words (e.g. 哪里): they are the words asked for, then.
  const terms = words.length > 0 ? words : [...new Set(segmentForSearch(text))];
  const conditions: string[] = [];
  const parameters: TextFilter['parameters'] = {};
  if (terms.length > 0) {
    conditions.push(CONTENT_MATCHES);
    parameters.textQuery = terms.join(' & ');
  }
  const trimmed = text.trim();
  if (NUMBER_PART.test(trimmed)) {
    conditions.push(NUMBER_MATCHES);
    parameters.numberPattern = `%${trimmed.toUpperCase()}%`;
  }
  return { sql: conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE', parameters };
}
