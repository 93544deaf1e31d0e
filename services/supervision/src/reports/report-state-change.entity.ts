import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R24.1 one state change of a work order, for the lead unit it happened under (time in state, bounces, rates). */
@Entity('report_state_changes')
@Index('IDX_report_state_changes_at', ['at', 'step'])
@Index('IDX_report_state_changes_work_order', ['workOrderId', 'version'])
export class ReportStateChange {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_state_changes' })
  eventId: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  step: string;

  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 32 })
  toStatus: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  @Column({ type: 'boolean', nullable: true })
  late: boolean | null;

  @Column({ name: 'working_days', type: 'double precision', nullable: true })
  workingDays: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  satisfaction: string | null;

  @Column({ type: 'boolean', nullable: true })
  contacted: boolean | null;

  @Column({ type: 'boolean' })
  excluded: boolean;
}
