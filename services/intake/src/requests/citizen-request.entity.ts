import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A request (诉求) as received. Caller identity columns hold AES-256-GCM cipher text only. */
@Entity('requests')
@Index('IDX_requests_caller_received', ['callerPhoneHash', 'receivedAt'])
// On (location ->> 'district', received_at): an expression TypeORM cannot describe, made by its migration.
@Index('IDX_requests_district_received', { synchronize: false })
@Index('IDX_requests_received_at', ['receivedAt'])
export class CitizenRequest {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ name: 'cti_call_id', type: 'varchar', length: 64, nullable: true })
  ctiCallId: string | null;

  @Column({ name: 'caller_name_enc', type: 'text', nullable: true })
  callerNameEnc: string | null;

  @Column({ name: 'caller_phone_enc', type: 'text', nullable: true })
  callerPhoneEnc: string | null;

  @Column({ name: 'caller_id_number_enc', type: 'text', nullable: true })
  callerIdNumberEnc: string | null;

  @Column({ name: 'caller_phone_hash', type: 'varchar', length: 64, nullable: true })
  callerPhoneHash: string | null;

  @Column({ name: 'anonymous', type: 'boolean', default: false })
  anonymous: boolean;

  @Column('text')
  content: string;

  @Column({ type: 'varchar', length: 16 })
  type: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'jsonb', nullable: true })
  location: Record<string, string | number> | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: string;

  /** R15.2 the caller's consent to a call back, as the operator recorded it (null: not said). */
  @Column({ name: 'caller_consent', type: 'boolean', nullable: true })
  callerConsent: boolean | null;

  /** R20.3 general, mediation or law-enforcement, as named at intake. */
  @Column({ name: 'matter_nature', type: 'varchar', length: 16, nullable: true })
  matterNature: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
