import { segmentedDocument } from '@hotline/persistence';

export interface SearchableFields {
  title: string;
  keywords: readonly string[];
  body: string;
}

/** What goes into the search columns: the segmented head (title and keywords) and body. */
export function searchDocumentOf(fields: SearchableFields): { headTerms: string; bodyTerms: string } {
  return {
    headTerms: segmentedDocument([fields.title, ...fields.keywords].join(' ')),
    bodyTerms: segmentedDocument(fields.body),
  };
}

/** SQL for the weighted tsvector of the whole article; parameters :headTerms and :bodyTerms come from searchDocumentOf. */
export const SEARCH_VECTOR_SQL = `setweight(to_tsvector('simple', :headTerms), 'A') || setweight(to_tsvector('simple', :bodyTerms), 'B')`;

/** SQL for the head vector (title and keywords), the same lexemes as the weight-A part of the search vector. */
export const HEAD_VECTOR_SQL = `setweight(to_tsvector('simple', :headTerms), 'A')`;
