import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R24.1 the facts of one work order for the monthly statistics (folded from its timeline: see foldReportModel). */
@Entity('report_work_orders')
@Index('IDX_report_work_orders_received', ['receivedAt'])
@Index('IDX_report_work_orders_running_due', { synchronize: false })
export class ReportWorkOrder {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_work_orders' })
  workOrderId: string;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  type: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  channel: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district: string | null;

  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64, nullable: true })
  leadUnitId: string | null;

  @Column({ name: 'dispatch_count', type: 'integer' })
  dispatchCount: number;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** the limit the unit works to now; null once it is done or not with a unit */
  @Column({ name: 'running_due', type: 'timestamptz', nullable: true })
  runningDue: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'appeal_approved', type: 'boolean' })
  appealApproved: boolean;
}
