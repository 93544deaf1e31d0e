import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readEnvConfig, SYSTEM_ACTOR } from '@hotline/contracts';
import { reviewDateAfter } from '@hotline/domain';
import { Clock } from '@hotline/platform';
import { IsBoolean } from 'class-validator';
import { Transform } from 'class-transformer';
import { DataSource, In } from 'typeorm';
import { ArticleWriter } from '../articles/article-writer';
import { Article } from '../articles/article.entity';
import { SEED_ARTICLES } from './seed-articles';

export class KnowledgeSeedConfig {
  /** Load the starting articles at start; set to false where a real knowledge base is imported instead. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  HOTLINE_KNOWLEDGE_SEED = true;
}

// Replicas starting together take turns; the second finds the articles there and adds nothing.
const SEED_LOCK = 1_234_500_601;

/** Loads the starting knowledge base once: articles already present (seeded or edited since) are left alone. */
@Injectable()
export class KnowledgeSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(KnowledgeSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ArticleWriter,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!readEnvConfig(KnowledgeSeedConfig).HOTLINE_KNOWLEDGE_SEED) return;
    const added = await this.seed(this.clock.now());
    if (added > 0) this.logger.log(`Seeded ${added} knowledge articles`);
  }

  async seed(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const ids = SEED_ARTICLES.map((article) => article.id);
      const present = new Set((await manager.getRepository(Article).find({ select: { id: true }, where: { id: In(ids) } })).map((a) => a.id));
      const missing = SEED_ARTICLES.filter((article) => !present.has(article.id));
      for (const { reviewEveryMonths, ...seed } of missing) {
        const reviewBy = reviewDateAfter(now, reviewEveryMonths);
        const article = { ...seed, keywords: [...seed.keywords], areas: [...seed.areas], reviewBy, status: 'published', version: 1, createdAt: now, updatedAt: now };
        await this.writer.insert(manager, article, SYSTEM_ACTOR, '初始知识库');
      }
      return missing.length;
    });
  }
}
