import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ArticleContent } from './article-content';

/**
 * The current state of a knowledge article (R7.1). Every change also writes an immutable row in
 * article_versions. search_vector (title and keywords weight A, body weight B) and head_vector (title and
 * keywords) are derived at write time from jieba's segmentation.
 */
@Entity('articles')
@Index('IDX_articles_owner_unit_id', ['ownerUnitId'])
@Index('IDX_articles_status_review_by', ['status', 'reviewBy'])
// GIN indexes (tsvector, pg_trgm) are created by the migration; TypeORM cannot describe their method.
@Index('IDX_articles_search_vector', { synchronize: false })
@Index('IDX_articles_head_vector', { synchronize: false })
@Index('IDX_articles_title_trgm', { synchronize: false })
@Index('IDX_articles_areas', { synchronize: false })
export class Article extends ArticleContent {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'search_vector', type: 'tsvector', select: false })
  searchVector: string;

  @Column({ name: 'head_vector', type: 'tsvector', select: false })
  headVector: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An article as use cases see it: the search vectors are the repository's business. */
export type ArticleState = Omit<Article, 'searchVector' | 'headVector'>;
