import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ArticleContent } from './article-content';

/** One immutable version of an article (R7.1): inserted on every change, never updated or deleted (a trigger refuses it). */
@Entity('article_versions')
@Index('UQ_article_versions_article_version', ['articleId', 'version'], { unique: true })
export class ArticleVersion extends ArticleContent {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'varchar', length: 64 })
  articleId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'changed_by', type: 'jsonb' })
  changedBy: { kind: string; id: string; role?: string; unitId?: string };

  @Column({ name: 'change_note', type: 'varchar', length: 500, nullable: true })
  changeNote: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
