import { PartnerChannel, PartnerKind } from '@hotline/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner line or branch centre of Art. 10 (R10.1, R10.2), with its channel and agreed category lists. */
@Entity('partners')
export class Partner {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_partners' })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: PartnerKind;

  @Column({ type: 'varchar', length: 8 })
  channel: PartnerChannel;

  /** the categories the partner takes from 12345 (互转清单, our side) */
  @Column({ name: 'takes_from_us', type: 'jsonb' })
  takesFromUs: string[];

  /** the categories 12345 takes from the partner */
  @Column({ name: 'gives_to_us', type: 'jsonb' })
  givesToUs: string[];

  @Column({ name: 'ack_timeout_seconds', type: 'integer' })
  ackTimeoutSeconds: number;

  @Column({ type: 'boolean' })
  enabled: boolean;

  /** channel https: where our signed messages are posted to the partner (null: its NATS subject) */
  @Column({ name: 'delivery_url', type: 'varchar', length: 512, nullable: true })
  deliveryUrl?: string | null;

  /** for a branch centre, the unit in our directory assessed for it (R10.2); null until the admin sets it */
  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  /** the sequence number of the last message sent to the partner: order is kept per partner */
  @Column({ name: 'last_sequence_out', type: 'bigint', default: 0 })
  lastSequenceOut?: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 128 })
  updatedBy: string;
}
