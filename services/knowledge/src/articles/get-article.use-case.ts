import { Injectable } from '@nestjs/common';
import { ArticleIdQuery, ArticleView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { articleView } from './article-view';
import { ArticleRepository } from './article.repository';

/** One article as it is now (404 when there is none). */
@Injectable()
export class GetArticleUseCase {
  constructor(private readonly articles: ArticleRepository) {}

  async execute(query: ArticleIdQuery): Promise<ArticleView> {
    const article = await this.articles.findById(query.articleId);
    if (!article) throw new NotFoundError(`No knowledge article ${query.articleId}`);
    return articleView(article);
  }
}
