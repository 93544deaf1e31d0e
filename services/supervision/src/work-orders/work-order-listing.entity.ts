import { OnDutyView, WorkOrderRequest } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What supervision lists and filters work orders by, next to its copy of each work order (work_order_states). */
@Entity('work_order_listing')
@Index('IDX_work_order_listing_received', ['receivedAt', 'id'])
@Index('IDX_work_order_listing_due', ['currentDue'])
// GIN indexes of the text filter (jieba terms as tsvector, number trigrams) and the expression index of the deadline
// order are the migrations'; TypeORM cannot describe them.
@Index('IDX_work_order_listing_search', { synchronize: false })
@Index('IDX_work_order_listing_number_trgm', { synchronize: false })
@Index('IDX_work_order_listing_due_order', { synchronize: false })
export class WorkOrderListing {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_work_order_listing' })
  id: string;

  /** ours, or a branch centre's own number (R10.2) */
  @Column({ type: 'varchar', length: 64, nullable: true })
  number: string | null;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** the limit running in the current state (runningDeadline of @hotline/domain), null when none runs */
  @Column({ name: 'current_due', type: 'timestamptz', nullable: true })
  currentDue: Date | null;

  /** the matter, from `workorder.created`: a unit sees it only for its own work orders */
  @Column({ type: 'jsonb', nullable: true })
  request: WorkOrderRequest | null;

  /** R11.1 who was on duty at the hotline on the day the call was received, recorded from `workorder.created` */
  @Column({ name: 'on_duty', type: 'jsonb', nullable: true })
  onDuty?: OnDutyView | null;

  /** the content as jieba's search mode splits it (space-separated), indexed as to_tsvector('simple', …) */
  @Column({ name: 'search_terms', type: 'text', nullable: true, select: false })
  searchTerms?: string | null;
}
