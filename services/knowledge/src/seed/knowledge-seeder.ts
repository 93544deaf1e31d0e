import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@hotline/contracts';
import { reviewDateAfter } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { ArticleWriter } from '../articles/article-writer';
import { ArticleState } from '../articles/article.entity';
import { ArticleRepository } from '../articles/article.repository';
import { SEED_ARTICLES } from './seed-articles';
import { Transactions } from '@hotline/persistence';
import { KnowledgeConfig } from '../knowledge.config';

/** Loads the starting knowledge base once: articles already present (seeded or edited since) are left alone. */
@Injectable()
export class KnowledgeSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(KnowledgeSeeder.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly articles: ArticleRepository,
    private readonly writer: ArticleWriter,
    private readonly clock: Clock,
    private readonly config: KnowledgeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.HOTLINE_KNOWLEDGE_SEED) return;
    const added = await this.seed(this.clock.now());
    if (added > 0) this.logger.log(`Seeded ${added} knowledge articles`);
  }

  async seed(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      // Replicas starting together take turns; the second finds the articles there and adds nothing.
      await this.articles.lockForSeeding(manager);
      const present = await this.articles.existingIds(
        manager,
        SEED_ARTICLES.map((article) => article.id),
      );
      const missing = SEED_ARTICLES.filter((article) => !present.has(article.id));
      for (const { reviewEveryMonths, ...seed } of missing) {
        const reviewBy = reviewDateAfter(now, reviewEveryMonths);
        const article: ArticleState = {
          ...seed,
          keywords: [...seed.keywords],
          areas: [...seed.areas],
          reviewBy,
          status: 'published',
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        await this.writer.insert(manager, article, SYSTEM_ACTOR, '初始知识库');
      }
      return missing.length;
    });
  }
}
