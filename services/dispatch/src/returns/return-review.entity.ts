import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** A unit's return request (R16.2) and the centre's decision on it (R16.3). `id` is the one handling answered the unit with: `<work order id>:<version the request created>`. */
@Entity('return_reviews')
@Unique('UQ_return_reviews_work_order_dispatch', ['workOrderId', 'dispatchNo'])
@Index('IDX_return_reviews_unit', ['unitId'])
export class ReturnReviewRecord {
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'PK_return_reviews' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'dispatch_no', type: 'integer' })
  dispatchNo: number;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  basis: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision: 'approved' | 'rejected' | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'reviewer_id', type: 'varchar', length: 64, nullable: true })
  reviewerId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'redispatched_to', type: 'varchar', length: 64, nullable: true })
  redispatchedTo: string | null;
}
