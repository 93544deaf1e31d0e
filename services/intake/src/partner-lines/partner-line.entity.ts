import { PartnerKind } from '@hotline/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Intake's copy of a partner of linkage's registry (R10.1), fed by `linkage.partner-saved`: what the operator's path
 * needs (the emergency hint, the line a rejection names) without asking linkage while the caller waits.
 */
@Entity('partner_lines')
export class PartnerLine {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_partner_lines' })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: PartnerKind;

  @Column({ type: 'boolean' })
  enabled: boolean;

  /** the categories the partner agreed to take from 12345 */
  @Column({ name: 'takes_from_us', type: 'jsonb' })
  takesFromUs: string[];

  /** linkage's time of the save copied: an older announcement never overwrites a newer one */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
