import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A loaded holiday notice, kept by every service that counts working days (its copy of the calendar). */
@Entity('holiday_notices')
export class HolidayNoticeRecord {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_holiday_notices' })
  year: number;

  @Column('jsonb')
  notice: object;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}
