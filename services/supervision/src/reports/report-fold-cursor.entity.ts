import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R24.1 the first transaction whose timeline entries the report model has not folded yet (one row). */
@Entity('report_fold_cursor')
export class ReportFoldCursor {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_report_fold_cursor' })
  id: number;

  @Column({ name: 'next_xact', type: 'bigint' })
  nextXact: string;
}
