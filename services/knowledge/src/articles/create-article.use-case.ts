import { Injectable } from '@nestjs/common';
import { Actor, ArticleView, CreateArticleInput, domainActorOf } from '@hotline/contracts';
import { ownerOfNewArticle } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { articleView } from './article-view';
import { ArticleWriter } from './article-writer';
import { ArticleState } from './article.entity';
import { Transactions } from '@hotline/persistence';

export class CreateArticleCommand {
  constructor(
    readonly article: CreateArticleInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/** R7.1/R8.1: a unit (or an admin for it) writes a new article; version 1 is recorded with it. */
@Injectable()
export class CreateArticleUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly writer: ArticleWriter,
  ) {}

  async execute({ article: input, actor, now }: CreateArticleCommand): Promise<ArticleView> {
    const article: ArticleState = {
      id: randomUUID(),
      ownerUnitId: ownerOfNewArticle(domainActorOf(actor), input.ownerUnitId),
      title: input.title.trim(),
      body: input.body,
      keywords: normalizedKeywords(input.keywords),
      areas: [...new Set(input.areas)],
      field: input.field ?? null,
      category: input.category ?? null,
      status: input.status ?? 'draft',
      reviewBy: input.reviewBy,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.transactions.run((manager) => this.writer.insert(manager, article, actor, null));
    return articleView(article);
  }
}

export function normalizedKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((keyword) => keyword.trim()).filter((keyword) => keyword.length > 0))];
}
