import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An appeal of an unsatisfied callback (R20.3), with the centre's decision. */
@Entity('appeals')
@Index('IDX_appeals_work_order', ['workOrderId'])
export class Appeal {
  /** `<work order id>:<version the request created>` */
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'PK_appeals' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  evidence: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision: 'approved' | 'rejected' | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
