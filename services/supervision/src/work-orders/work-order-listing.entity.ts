import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What supervision lists and filters work orders by, next to its copy of each work order (work_order_states). */
@Entity('work_order_listing')
@Index('IDX_work_order_listing_received', ['receivedAt', 'id'])
@Index('IDX_work_order_listing_due', ['currentDue'])
export class WorkOrderListing {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_work_order_listing' })
  id: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
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
}
