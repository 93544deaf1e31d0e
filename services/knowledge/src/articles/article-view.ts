import { ArticleVersionView, ArticleView } from '@hotline/contracts';
import { ArticleVersion } from './article-version.entity';
import { ArticleState } from './article.entity';

export function articleView(article: ArticleState): ArticleView {
  return {
    id: article.id,
    ownerUnitId: article.ownerUnitId,
    title: article.title,
    body: article.body,
    keywords: article.keywords,
    areas: article.areas,
    field: article.field,
    category: article.category,
    status: article.status,
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
    areas: version.areas,
    field: version.field,
    category: version.category,
    status: version.status,
    reviewBy: version.reviewBy,
    changedBy: version.changedBy,
    changeNote: version.changeNote,
    recordedAt: version.recordedAt.toISOString(),
  };
}
