import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A supervision case (督办, R23): the domain's SupervisionCase as JSON, with what it is listed and found by. */
@Entity('supervision_cases')
@Index('IDX_supervision_cases_opened', ['openedAt', 'id'])
@Index('IDX_supervision_cases_status', ['status'])
// GIN and partial unique indexes are the migration's; TypeORM cannot describe them.
@Index('IDX_supervision_cases_units', { synchronize: false })
@Index('UQ_supervision_cases_automatic', { synchronize: false })
@Index('UQ_supervision_cases_hot_spot', { synchronize: false })
export class SupervisionCaseRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_supervision_cases' })
  id: string;

  @Column({ type: 'smallint' })
  trigger: number;

  @Column({ type: 'varchar', length: 16 })
  method: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'opened_by', type: 'varchar', length: 64 })
  openedBy: string;

  @Column({ type: 'timestamptz' })
  due: Date;

  /** the lead units of the linked work orders when they were linked: they see and answer the case */
  @Column({ name: 'unit_ids', type: 'text', array: true, default: () => "'{}'" })
  unitIds: string[];

  /** automatic cases (triggers 1 and 3): `<trigger>:<work order>`, unique while the case is not resolved */
  @Column({ name: 'automatic_key', type: 'varchar', length: 80, nullable: true })
  automaticKey: string | null;

  @Column({ name: 'hot_spot_id', type: 'uuid', nullable: true })
  hotSpotId: string | null;

  @Column({ type: 'jsonb' })
  state: Record<string, unknown>;
}
