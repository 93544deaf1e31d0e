import { Injectable } from '@nestjs/common';
import { ArticleIdQuery, ArticleVersionView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { articleVersionView } from './article-view';
import { ArticleRepository } from './article.repository';

/** R7.1: an article's version history, the first version first (404 for no such article). */
@Injectable()
export class ListArticleVersionsUseCase {
  constructor(private readonly articles: ArticleRepository) {}

  async execute({ articleId }: ArticleIdQuery): Promise<{ articleId: string; items: ArticleVersionView[] }> {
    if (!(await this.articles.findById(articleId))) throw new NotFoundError(`No knowledge article ${articleId}`);
    const versions = await this.articles.versionsOf(articleId);
    return { articleId, items: versions.map(articleVersionView) };
  }
}
