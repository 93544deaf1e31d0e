import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArticleVersionView, ArticleView, ListArticlesQuery } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { articleVersionView, articleView } from './article-view';
import { ArticleVersion } from './article-version.entity';
import { Article } from './article.entity';

const LIST_LIMIT = 500;

/** Reading articles: one, its version history, or a filtered list. */
@Injectable()
export class ReadArticlesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(articleId: string): Promise<ArticleView> {
    const article = await this.dataSource.getRepository(Article).findOneBy({ id: articleId });
    if (!article) throw new NotFoundException(`No knowledge article ${articleId}`);
    return articleView(article);
  }

  async versions(articleId: string): Promise<{ articleId: string; items: ArticleVersionView[] }> {
    await this.get(articleId);
    const versions = await this.dataSource.getRepository(ArticleVersion).find({ where: { articleId }, order: { version: 'ASC' } });
    return { articleId, items: versions.map(articleVersionView) };
  }

  async list(query: ListArticlesQuery): Promise<{ items: ArticleView[] }> {
    const builder = this.dataSource.getRepository(Article).createQueryBuilder('a').orderBy('a.updated_at', 'DESC').addOrderBy('a.id').take(LIST_LIMIT);
    if (query.ownerUnitId) builder.andWhere('a.owner_unit_id = :owner', { owner: query.ownerUnitId });
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.area) builder.andWhere(`a.areas && ARRAY[:area, 'all']::text[]`, { area: query.area });
    return { items: (await builder.getMany()).map(articleView) };
  }
}
