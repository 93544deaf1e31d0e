import { Injectable } from '@nestjs/common';
import { Actor, ArticlePublished, ArticleRetired, ArticleStatus } from '@hotline/contracts';
import { OutboxWriter } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Announcement, announcementOf } from './article-announcement';
import { articleContent } from './article-content';
import { ArticleState } from './article.entity';
import { ArticleRepository } from './article.repository';

/**
 * Writes an article's current row, its immutable version row and the event it announces, all in the
 * caller's transaction: the one place where articles change.
 */
@Injectable()
export class ArticleWriter {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async insert(manager: EntityManager, article: ArticleState, actor: Actor, changeNote: string | null): Promise<void> {
    await this.articles.insert(manager, article);
    await this.recordVersion(manager, article, null, actor, changeNote);
  }

  async update(
    manager: EntityManager,
    article: ArticleState,
    previousStatus: ArticleStatus,
    actor: Actor,
    changeNote: string | null,
  ): Promise<void> {
    await this.articles.update(manager, article);
    await this.recordVersion(manager, article, previousStatus, actor, changeNote);
  }

  private async recordVersion(
    manager: EntityManager,
    article: ArticleState,
    previousStatus: ArticleStatus | null,
    actor: Actor,
    changeNote: string | null,
  ): Promise<void> {
    await this.articles.insertVersion(manager, {
      id: randomUUID(),
      articleId: article.id,
      version: article.version,
      ...articleContent(article),
      changedBy: { ...actor },
      changeNote,
      recordedAt: article.updatedAt,
    });
    await this.announce(manager, article, announcementOf(previousStatus, article.status), actor);
  }

  private async announce(
    manager: EntityManager,
    article: ArticleState,
    announcement: Announcement,
    actor: Actor,
  ): Promise<void> {
    const meta = { actor, occurredAt: article.updatedAt };
    const ids = { articleId: article.id, version: article.version, ownerUnitId: article.ownerUnitId };
    if (announcement === 'published') {
      await this.outbox.add(
        manager,
        ArticlePublished,
        { ...ids, title: article.title, areas: [...article.areas], reviewBy: article.reviewBy },
        meta,
      );
    } else if (announcement === 'retired') {
      await this.outbox.add(manager, ArticleRetired, ids, meta);
    }
  }
}
