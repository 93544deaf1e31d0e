import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ArticleStatus, ArticleView, domainActorOf, UpdateArticleInput } from '@hotline/contracts';
import { assertMayEditArticle } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { articleView } from './article-view';
import { ArticleState, ArticleWriter } from './article-writer';
import { Article } from './article.entity';
import { normalizedKeywords } from './create-article.use-case';

const CHANGEABLE = ['title', 'body', 'keywords', 'areas', 'field', 'category', 'status', 'reviewBy'] as const;

/** R7.1/R8.1: the owner unit (or an admin) changes an article; the change becomes a new version, older ones stay as they were. */
@Injectable()
export class UpdateArticleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ArticleWriter,
  ) {}

  async execute(articleId: string, changes: UpdateArticleInput, actor: Actor, now: Date): Promise<ArticleView> {
    if (!CHANGEABLE.some((field) => changes[field] !== undefined)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `changes: name at least one of ${CHANGEABLE.join(', ')}` });
    }
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders concurrent edits, so version numbers never collide.
      const current = await manager.getRepository(Article).findOne({ where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException(`No knowledge article ${articleId}`);
      assertMayEditArticle(domainActorOf(actor), current.ownerUnitId);
      if (changes.expectedVersion !== undefined && changes.expectedVersion !== current.version) {
        throw new ConflictException(`Article ${articleId} is at version ${current.version}, not ${changes.expectedVersion}: reload and edit again`);
      }
      const next: ArticleState = {
        ...current,
        title: changes.title?.trim() ?? current.title,
        body: changes.body ?? current.body,
        keywords: changes.keywords ? normalizedKeywords(changes.keywords) : current.keywords,
        areas: changes.areas ? [...new Set(changes.areas)] : current.areas,
        field: changes.field ?? current.field,
        category: changes.category ?? current.category,
        status: changes.status ?? current.status,
        reviewBy: changes.reviewBy ?? current.reviewBy,
        version: current.version + 1,
        updatedAt: now,
      };
      await this.writer.update(manager, next, current.status as ArticleStatus, actor, changes.changeNote ?? null);
      return articleView(next);
    });
  }
}
