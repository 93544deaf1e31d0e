import { ArticleStatus, ArticleVersionView, ArticleView, KnowledgeArea } from '@hotline/contracts';
import { ArticleVersion } from './article-version.entity';
import { ArticleState } from './article-writer';

export function articleView(article: ArticleState): ArticleView {
  return {
    id: article.id,
    ownerUnitId: article.ownerUnitId,
    title: article.title,
    body: article.body,
    keywords: article.keywords,
    areas: article.areas as KnowledgeArea[],
    field: article.field,
    category: article.category,
    status: article.status as ArticleStatus,
    reviewBy: article.reviewBy,
    version: article.version,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function articleVersionView(version: ArticleVersion): ArticleVersionView {
  return {
    articleId: version.articleId,
    version: version.version,
    ownerUnitId: version.ownerUnitId,
    title: version.title,
    body: version.body,
    keywords: version.keywords,
    areas: version.areas as KnowledgeArea[],
    field: version.field,
    category: version.category,
    status: version.status as ArticleStatus,
    reviewBy: version.reviewBy,
    changedBy: version.changedBy,
    changeNote: version.changeNote,
    recordedAt: version.recordedAt.toISOString(),
  };
}
