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
