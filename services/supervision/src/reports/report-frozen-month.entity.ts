import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R24.1 a closed month's report as first published: later events become corrections beside it. */
@Entity('report_frozen_months')
export class ReportFrozenMonth {
  @PrimaryColumn({ type: 'varchar', length: 7, primaryKeyConstraintName: 'PK_report_frozen_months' })
  month: string;

  @Column({ name: 'frozen_at', type: 'timestamptz' })
  frozenAt: Date;

  @Column({ type: 'jsonb' })
  report: Record<string, unknown>;
}
