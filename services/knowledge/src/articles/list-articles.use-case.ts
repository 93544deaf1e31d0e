import { Injectable } from '@nestjs/common';
import { ArticleView, ListArticlesQuery } from '@hotline/contracts';
import { articleView } from './article-view';
import { ArticleRepository } from './article.repository';

const LIST_LIMIT = 500;

/** Articles by owner, status or area, the most recently changed first. */
@Injectable()
export class ListArticlesUseCase {
  constructor(private readonly articles: ArticleRepository) {}

  async execute(query: ListArticlesQuery): Promise<{ items: ArticleView[] }> {
    return { items: (await this.articles.list(query, LIST_LIMIT)).map(articleView) };
  }
}
