import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One HMAC key of a partner. The secret is sealed with AES-256-GCM (the partner key seal of LinkageConfig); a retired
 * key stays, so that its id is never used again.
 */
@Entity('partner_keys')
export class PartnerKey {
  @PrimaryColumn({ name: 'partner_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_partner_keys' })
  partnerCode: string;

  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_partner_keys' })
  id: string;

  /** 1 for the partner's first key, one more for each key added: the newest two are valid */
  @Column({ type: 'integer' })
  generation: number;

  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
