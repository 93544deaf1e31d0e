import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R25.1 one version of the scoring method, in force from `effectiveFrom` until a later version takes over. */
@Entity('assessment_methods')
export class AssessmentMethodRecord {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_assessment_methods' })
  version: number;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom: Date;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;

  @Column({ name: 'set_by', type: 'varchar', length: 64 })
  setBy: string;

  @Column({ type: 'jsonb' })
  method: Record<string, unknown>;
}
