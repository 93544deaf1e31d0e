import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * R24.1 how many signings ('sign') or completions ('complete') of a lead unit in a month took each whole working
 * minute: the histogram its medians and p90s are merged from (see percentileOfHistogram). '' for no unit.
 */
@Entity('report_duration_minutes')
export class ReportDurationMinute {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'PK_report_duration_minutes' })
  month: string;

  @PrimaryColumn({
    name: 'unit_key',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_report_duration_minutes',
  })
  unitKey: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'PK_report_duration_minutes' })
  kind: 'sign' | 'complete';

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_report_duration_minutes' })
  minute: number;

  @Column({ type: 'integer' })
  count: number;
}
