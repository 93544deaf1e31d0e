import { RegulationViolationError } from '../errors/domain-error';

/** What the knowledge base says of an article a work order cites. */
export interface CitableArticle {
  readonly id: string;
  readonly status: string;
  readonly version: number;
}

export interface ArticleCitation {
  readonly articleId: string;
  readonly articleVersion: number;
}

/**
 * R15.1: an answer cites an existing, current article of the knowledge base: one that is published (not a draft,
 * not retired). The citation keeps the version the caller was answered from, since articles change later.
 */
export function citeArticle(
  articleId: string,
  article: CitableArticle | undefined,
  field = 'articleId',
): ArticleCitation {
  if (!article)
    throw new RegulationViolationError('R15.1', `${field}: no knowledge article '${articleId}' to cite`, { field });
  if (article.status !== 'published') {
    throw new RegulationViolationError(
      'R15.1',
      `${field}: knowledge article '${articleId}' is ${article.status}; only a published article may be cited`,
      {
        field,
        status: article.status,
      },
    );
  }
  return { articleId: article.id, articleVersion: article.version };
}
