import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R24.1 every order open at the end of a day (Beijing): backlog and ageing. */
@Entity('report_open_days')
export class ReportOpenDay {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_report_open_days' })
  day: string;

  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_open_days' })
  workOrderId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ type: 'boolean' })
  overdue: boolean;

  /** calendar days since it was received */
  @Column({ name: 'age_days', type: 'integer' })
  ageDays: number;
}
