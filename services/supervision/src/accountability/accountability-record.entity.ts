import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Art. 26(4)/(7) evidence recorded by a supervisor (POST /api/v1/accountability). */
@Entity('accountability_records')
@Index('IDX_accountability_records_unit', ['unitId', 'occurredAt'])
@Index('IDX_accountability_records_occurred', ['occurredAt'])
export class AccountabilityRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_accountability_records' })
  id: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  /** 4 or 7 */
  @Column({ type: 'smallint' })
  item: number;

  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ type: 'jsonb' })
  evidence: string[];

  @Column({ name: 'recorded_by', type: 'varchar', length: 128 })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
