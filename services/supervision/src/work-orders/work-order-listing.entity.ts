import { OnDutyView, WorkOrderRequest } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What supervision lists and filters work orders by, next to its copy of each work order (work_order_states): the
 * copy's status and units are repeated here, written in the same transaction, so that one index serves a filter and
 * the page's order together.
 */
@Entity('work_order_listing')
@Index('IDX_work_order_listing_received', ['receivedAt', 'id'])
@Index('IDX_work_order_listing_lead_received', ['leadUnitId', 'receivedAt', 'id'])
@Index('IDX_work_order_listing_status', ['status', 'receivedAt', 'id'])
// The GIN indexes of the text filter (jieba terms as tsvector) and of the co-handling units, the pattern indexes of a
// number's beginning and end, and the expression indexes of the deadline order are the migrations'; TypeORM cannot
// describe them.
@Index('IDX_work_order_listing_search', { synchronize: false })
@Index('IDX_work_order_listing_number_prefix', { synchronize: false })
@Index('IDX_work_order_listing_number_suffix', { synchronize: false })
@Index('IDX_work_order_listing_co_units', { synchronize: false })
@Index('IDX_work_order_listing_due_order', { synchronize: false })
@Index('IDX_work_order_listing_lead_due', { synchronize: false })
@Index('IDX_work_order_listing_branch', { synchronize: false })
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

  /** the status of supervision's copy (work_order_states), as of the newest step */
  @Column({ type: 'varchar', length: 32, default: 'received' })
  status: string;

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64, nullable: true })
  leadUnitId: string | null;

  @Column({ name: 'co_unit_ids', type: 'text', array: true, default: '{}' })
  coUnitIds: string[];

  /** R10.2 a branch centre's order: the branch's partner code (null for ours) */
  @Column({ type: 'varchar', length: 32, nullable: true })
  branch?: string | null;

  /** R10.2 a branch order's status as the branch reported it (its `status` is the same read as ours) */
  @Column({ name: 'branch_status', type: 'varchar', length: 16, nullable: true })
  branchStatus?: string | null;

  /** the matter, from `workorder.created`: a unit sees it only for its own work orders */
  @Column({ type: 'jsonb', nullable: true })
  request: WorkOrderRequest | null;

  /** R11.1 who was on duty at the hotline on the day the call was received, recorded from `workorder.created` */
  @Column({ name: 'on_duty', type: 'jsonb', nullable: true })
  onDuty?: OnDutyView | null;

  /** the content as jieba's search mode splits it (space-separated), indexed as to_tsvector('simple', …) */
  @Column({ name: 'search_terms', type: 'text', nullable: true, select: false })
  searchTerms?: string | null;

  /** to_tsvector('simple', search_terms), stored: Postgres computes it on every write */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    nullable: true,
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `to_tsvector('simple', coalesce("search_terms", ''))`,
  })
  searchVector?: string;
}
