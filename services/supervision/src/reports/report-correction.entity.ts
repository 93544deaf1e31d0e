import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R24.1 a step of a frozen month that arrived after the month was frozen: shown as a note, the figures stay. */
@Entity('report_corrections')
export class ReportCorrection {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'PK_report_corrections' })
  month: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_corrections' })
  eventId: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ type: 'varchar', length: 32 })
  step: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'arrived_at', type: 'timestamptz' })
  arrivedAt: Date;
}
