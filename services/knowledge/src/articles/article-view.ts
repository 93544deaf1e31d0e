import { ArticleVersionView, ArticleView } from '@hotline/contracts';
import { articleContent } from './article-content';
import { ArticleVersion } from './article-version.entity';
import { ArticleState } from './article.entity';

export function articleView(article: ArticleState): ArticleView {
  return {
    id: article.id,
    ...articleContent(article),
    version: article.version,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function articleVersionView(version: ArticleVersion): ArticleVersionView {
  return {
    articleId: version.articleId,
    version: version.version,
    ...articleContent(version),
    changedBy: version.changedBy,
    changeNote: version.changeNote,
    recordedAt: version.recordedAt.toISOString(),
  };
}
