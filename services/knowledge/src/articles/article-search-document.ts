import { segmentedDocument } from '../search/chinese-tokenizer';

export interface SearchableFields {
  title: string;
  keywords: readonly string[];
  body: string;
}

/** What goes into the search columns: segmented head (title, keywords; weight A) and body (weight B), and the raw text for trigrams. */
export function searchDocumentOf(fields: SearchableFields): { headTerms: string; bodyTerms: string; searchText: string } {
  const head = [fields.title, ...fields.keywords].join(' ');
  return {
    headTerms: segmentedDocument(head),
    bodyTerms: segmentedDocument(fields.body),
    searchText: `${head} ${fields.body}`,
  };
}

/** SQL for the weighted tsvector; parameters :headTerms and :bodyTerms come from searchDocumentOf. */
export const SEARCH_VECTOR_SQL = `setweight(to_tsvector('simple', :headTerms), 'A') || setweight(to_tsvector('simple', :bodyTerms), 'B')`;
