import { Injectable } from '@nestjs/common';
import { Actor, ArticleView, domainActorOf, UpdateArticleInput } from '@hotline/contracts';
import { assertMayEditArticle, invalidField, NotFoundError, StateConflictError } from '@hotline/domain';
import { articleView } from './article-view';
import { ArticleWriter } from './article-writer';
import { ArticleState } from './article.entity';
import { ArticleRepository } from './article.repository';
import { normalizedKeywords } from './create-article.use-case';
import { Transactions } from '@hotline/persistence';

const CHANGEABLE = ['title', 'body', 'keywords', 'areas', 'field', 'category', 'status', 'reviewBy'] as const;

export class UpdateArticleCommand {
  constructor(
    readonly articleId: string,
    readonly changes: UpdateArticleInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/** R7.1/R8.1: the owner unit (or an admin) changes an article; the change becomes a new version, older ones stay as they were. */
@Injectable()
export class UpdateArticleUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly articles: ArticleRepository,
    private readonly writer: ArticleWriter,
  ) {}

  async execute({ articleId, changes, actor, now }: UpdateArticleCommand): Promise<ArticleView> {
    if (!CHANGEABLE.some((field) => changes[field] !== undefined)) {
      throw invalidField('changes', `name at least one of ${CHANGEABLE.join(', ')}`);
    }
    return this.transactions.run(async (manager) => {
      const current = await this.articles.lockById(manager, articleId);
      if (!current) throw new NotFoundError(`No knowledge article ${articleId}`);
      assertMayEditArticle(domainActorOf(actor), current.ownerUnitId);
      if (changes.expectedVersion !== undefined && changes.expectedVersion !== current.version) {
        throw new StateConflictError(
          `Article ${articleId} is at version ${current.version}, not ${changes.expectedVersion}: reload and edit again`,
        );
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
      await this.writer.update(manager, next, current.status, actor, changes.changeNote ?? null);
      return articleView(next);
    });
  }
}
