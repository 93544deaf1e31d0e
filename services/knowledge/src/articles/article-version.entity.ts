import { ArticleStatus, KnowledgeArea } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One immutable version of an article (R7.1): inserted on every change, never updated or deleted (a trigger refuses it). */
@Entity('article_versions')
@Index('UQ_article_versions_article_version', ['articleId', 'version'], { unique: true })
export class ArticleVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'varchar', length: 64 })
  articleId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'owner_unit_id', type: 'varchar', length: 64 })
  ownerUnitId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column('text')
  body: string;

  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ type: 'text', array: true })
  areas: KnowledgeArea[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ArticleStatus;

  @Column({ name: 'review_by', type: 'date' })
  reviewBy: string;

  @Column({ name: 'changed_by', type: 'jsonb' })
  changedBy: { kind: string; id: string; role?: string; unitId?: string };

  @Column({ name: 'change_note', type: 'varchar', length: 500, nullable: true })
  changeNote: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
