import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArticleStatus, KnowledgeArea } from '@hotline/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { searchDocumentOf } from './article-search-document';
import { ArticleVersion } from './article-version.entity';
import { Article, ArticleState } from './article.entity';

/** SQL for the weighted tsvector of the whole article; parameters :headTerms and :bodyTerms come from searchDocumentOf. */
const SEARCH_VECTOR_SQL = `setweight(to_tsvector('simple', :headTerms), 'A') || setweight(to_tsvector('simple', :bodyTerms), 'B')`;

/** SQL for the head vector (title and keywords), the same lexemes as the weight-A part of the search vector. */
const HEAD_VECTOR_SQL = `setweight(to_tsvector('simple', :headTerms), 'A')`;

// Replicas seeding together take turns; the second finds the articles there and adds nothing.
const SEED_LOCK = 1_234_500_601;

export interface ArticleFilter {
  ownerUnitId?: string;
  status?: ArticleStatus;
  area?: KnowledgeArea;
}

/**
 * Knowledge articles (R7.1) and their immutable versions: every query of the articles and article_versions tables.
 * The search columns are derived here, from jieba's segmentation, whenever an article is written.
 */
@Injectable()
export class ArticleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<ArticleState | null> {
    return this.dataSource.getRepository(Article).findOneBy({ id });
  }

  /** The article locked for this transaction: concurrent edits take turns, so version numbers never collide. */
  lockById(manager: EntityManager, id: string): Promise<ArticleState | null> {
    return manager.getRepository(Article).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The most recently changed first, at most `limit`. */
  list(filter: ArticleFilter, limit: number): Promise<ArticleState[]> {
    const builder = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .orderBy('a.updated_at', 'DESC')
      .addOrderBy('a.id')
      .take(limit);
    if (filter.ownerUnitId) builder.andWhere('a.owner_unit_id = :owner', { owner: filter.ownerUnitId });
    if (filter.status) builder.andWhere('a.status = :status', { status: filter.status });
    if (filter.area) builder.andWhere(`a.areas && ARRAY[:area, 'all']::text[]`, { area: filter.area });
    return builder.getMany();
  }

  /** Articles in `status` to be reviewed before the day `before` (YYYY-MM-DD), the longest overdue first. */
  reviewDueBefore(status: ArticleStatus, before: string, ownerUnitId?: string): Promise<ArticleState[]> {
    const builder = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.status = :status', { status })
      .andWhere('a.review_by < :before', { before })
      .orderBy('a.review_by', 'ASC')
      .addOrderBy('a.id');
    if (ownerUnitId) builder.andWhere('a.owner_unit_id = :ownerUnitId', { ownerUnitId });
    return builder.getMany();
  }

  async insert(manager: EntityManager, article: ArticleState): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Article)
      .values({ ...article, searchVector: () => SEARCH_VECTOR_SQL, headVector: () => HEAD_VECTOR_SQL })
      .setParameters(searchDocumentOf(article))
      .execute();
  }

  async update(manager: EntityManager, article: ArticleState): Promise<void> {
    const { id, ...changes } = article;
    await manager
      .createQueryBuilder()
      .update(Article)
      .set({ ...changes, searchVector: () => SEARCH_VECTOR_SQL, headVector: () => HEAD_VECTOR_SQL })
      .where('id = :id', { id })
      .setParameters(searchDocumentOf(article))
      .execute();
  }

  async insertVersion(manager: EntityManager, version: ArticleVersion): Promise<void> {
    await manager.insert(ArticleVersion, version);
  }

  /** An article's versions, the first first. */
  versionsOf(articleId: string): Promise<ArticleVersion[]> {
    return this.dataSource.getRepository(ArticleVersion).find({ where: { articleId }, order: { version: 'ASC' } });
  }

  /** Which of these ids are articles already. */
  async existingIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const present = await manager.getRepository(Article).find({ select: { id: true }, where: { id: In([...ids]) } });
    return new Set(present.map((article) => article.id));
  }

  /** Holds the seeding lock until the transaction ends. */
  async lockForSeeding(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
  }
}
