import { OnDutyView, WorkOrderRequest } from '@hotline/contracts';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Supervision's copy of each work order (its newest snapshot and version) and what it lists and filters work orders
 * by, in one row: the snapshot's status and units are columns, so that one index serves a filter and the page's order
 * together. A branch centre's order (R10.2) is listed here too, without a snapshot.
 */
@Entity('work_order_listing')
@Index('IDX_work_order_listing_received', ['receivedAt', 'id'])
@Index('IDX_work_order_listing_lead_received', ['leadUnitId', 'receivedAt', 'id'])
@Index('IDX_work_order_listing_status', ['status', 'receivedAt', 'id'])
@Index('IDX_work_order_listing_lead_status', ['leadUnitId', 'status', 'receivedAt', 'id'])
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
// The deadline watch's partial indexes (running, not yet announced), as on watched_deadlines.
@Index('IDX_work_order_listing_watch_due_soon', { synchronize: false })
@Index('IDX_work_order_listing_watch_overdue', { synchronize: false })
// The overdue list's: late orders the watch has announced, by arrival; branch orders' running deadlines.
@Index('IDX_work_order_listing_announced_late', { synchronize: false })
@Index('IDX_work_order_listing_unwatched_due', { synchronize: false })
// the overdue list finds a running deadline through its watched one
@Check('CHK_work_order_listing_watched_due', `NOT "watch_running" OR "watch_due" IS NOT DISTINCT FROM "current_due"`)
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

  /** the status of the snapshot, as of the newest step */
  @Column({ type: 'varchar', length: 32, default: 'received' })
  status: string;

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64, nullable: true })
  leadUnitId: string | null;

  @Column({ name: 'co_unit_ids', type: 'text', array: true, default: '{}' })
  coUnitIds: string[];

  /** the version of `state`: only a newer snapshot replaces it (0 for a branch order) */
  @Column({ type: 'integer', default: 0 })
  version?: number;

  /** the newest snapshot of our work order (the domain's WorkOrder as JSON); null for a branch order */
  @Column({ type: 'jsonb', nullable: true })
  state?: object | null;

  /**
   * The deadline the watch keeps an eye on (watchedDeadlineOf of @hotline/domain, R23.1), and when it was announced
   * due soon and overdue: each once per deadline (a new kind or due starts a new one). When none runs any more the
   * last one stays, not running. A branch order's deadline is the watch's own table's (watched_deadlines).
   */
  @Column({ name: 'watch_kind', type: 'varchar', length: 20, nullable: true })
  watchKind?: string | null;

  @Column({ name: 'watch_starts_at', type: 'timestamptz', nullable: true })
  watchStartsAt?: Date | null;

  @Column({ name: 'watch_due', type: 'timestamptz', nullable: true })
  watchDue?: Date | null;

  /** when the configured share of the period has passed */
  @Column({ name: 'watch_soon_at', type: 'timestamptz', nullable: true })
  watchSoonAt?: Date | null;

  @Column({ name: 'watch_running', type: 'boolean', default: false })
  watchRunning?: boolean;

  @Column({ name: 'due_soon_announced_at', type: 'timestamptz', nullable: true })
  dueSoonAnnouncedAt?: Date | null;

  @Column({ name: 'overdue_announced_at', type: 'timestamptz', nullable: true })
  overdueAnnouncedAt?: Date | null;

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
