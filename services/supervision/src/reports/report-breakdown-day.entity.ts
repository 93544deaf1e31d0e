import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R24.1 the counts by type, district and field of one day (Beijing), for the breakdowns; '' for a missing one. */
@Entity('report_breakdown_days')
export class ReportBreakdownDay {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_report_breakdown_days' })
  day: string;

  @PrimaryColumn({
    name: 'type_key',
    type: 'varchar',
    length: 20,
    primaryKeyConstraintName: 'PK_report_breakdown_days',
  })
  typeKey: string;

  @PrimaryColumn({
    name: 'district_key',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_report_breakdown_days',
  })
  districtKey: string;

  @PrimaryColumn({
    name: 'field_key',
    type: 'varchar',
    length: 32,
    primaryKeyConstraintName: 'PK_report_breakdown_days',
  })
  fieldKey: string;

  @Column({ type: 'integer' })
  received: number;

  @Column({ type: 'integer' })
  completed: number;

  @Column({ name: 'completed_on_time', type: 'integer' })
  completedOnTime: number;

  @Column({ type: 'integer' })
  callbacks: number;

  @Column({ type: 'integer' })
  satisfied: number;

  @Column({ name: 'appeals_excluded', type: 'integer' })
  appealsExcluded: number;
}
