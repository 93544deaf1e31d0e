import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A range of a partner's sequence numbers not received (R10.2), asked for again until late messages fill it. */
@Entity('partner_sequence_gaps')
export class PartnerSequenceGap {
  @PrimaryColumn({
    name: 'partner_code',
    type: 'varchar',
    length: 32,
    primaryKeyConstraintName: 'PK_partner_sequence_gaps',
  })
  partnerCode: string;

  @PrimaryColumn({ name: 'from_sequence', type: 'bigint', primaryKeyConstraintName: 'PK_partner_sequence_gaps' })
  fromSequence: string;

  @Column({ name: 'to_sequence', type: 'bigint' })
  toSequence: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  requests: number;
}
