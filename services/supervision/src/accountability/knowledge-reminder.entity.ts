import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** Art. 26(6) 催办: one reminder a month to the unit that owns a stale knowledge article. */
@Entity('knowledge_reminders')
@Unique('UQ_knowledge_reminders_article_month', ['articleId', 'month'])
@Index('IDX_knowledge_reminders_unit', ['ownerUnitId', 'remindedAt'])
export class KnowledgeReminder {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_knowledge_reminders' })
  id: string;

  @Column({ name: 'article_id', type: 'varchar', length: 64 })
  articleId: string;

  /** YYYY-MM (Beijing) of the reminder */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ name: 'owner_unit_id', type: 'varchar', length: 64 })
  ownerUnitId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** the review date that passed, YYYY-MM-DD */
  @Column({ name: 'review_by', type: 'varchar', length: 10 })
  reviewBy: string;

  @Column({ name: 'days_overdue', type: 'integer' })
  daysOverdue: number;

  @Column({ name: 'article_version', type: 'integer' })
  articleVersion: number;

  @Column({ name: 'reminded_at', type: 'timestamptz' })
  remindedAt: Date;
}
