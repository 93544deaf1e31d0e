import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The deadline running on a supervision case or a branch centre's order (R10.2), and when the watch announced it due
 * soon and overdue: each once per deadline (a new kind or due starts a new one). Our work orders' deadlines are on
 * their listing rows (WorkOrderListing).
 */
@Entity('watched_deadlines')
// Partial indexes of the sweep (running, not yet announced); their predicates are the migration's.
@Index('IDX_watched_deadlines_due_soon', { synchronize: false })
@Index('IDX_watched_deadlines_overdue', { synchronize: false })
export class WatchedDeadline {
  /** the work order's id, or the case's */
  @PrimaryColumn({ name: 'subject_id', type: 'uuid', primaryKeyConstraintName: 'PK_watched_deadlines' })
  subjectId: string;

  @Column({ type: 'varchar', length: 16 })
  subject: 'work-order' | 'case';

  /** the work order, or the first one the case links */
  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  due: Date;

  /** when the configured share of the period has passed */
  @Column({ name: 'soon_at', type: 'timestamptz' })
  soonAt: Date;

  /** false once no deadline runs (signed, done, case closed): the row stays, out of the sweep's indexes */
  @Column({ type: 'boolean' })
  running: boolean;

  @Column({ name: 'due_soon_announced_at', type: 'timestamptz', nullable: true })
  dueSoonAnnouncedAt: Date | null;

  @Column({ name: 'overdue_announced_at', type: 'timestamptz', nullable: true })
  overdueAnnouncedAt: Date | null;
}
