import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A message received from a partner (R10.1, R10.2), kept once by its message id. The envelope is stored in protobuf's
 * JSON mapping without the callback number, which is sealed apart (caller data is never at rest in clear).
 */
@Entity('partner_messages_in')
@Index('IDX_partner_messages_in_partner_sequence', ['partnerCode', 'sequence'])
export class PartnerMessageIn {
  @PrimaryColumn({ name: 'message_id', type: 'uuid', primaryKeyConstraintName: 'PK_partner_messages_in' })
  messageId: string;

  @Column({ name: 'partner_code', type: 'varchar', length: 32 })
  partnerCode: string;

  @Column({ type: 'bigint' })
  sequence: string;

  /** the body's kind: transfer, acknowledgement, statusUpdate, branchWorkOrder ... */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'shared_incident_id', type: 'uuid' })
  sharedIncidentId: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'jsonb' })
  envelope: Record<string, unknown>;

  @Column({ name: 'callback_sealed', type: 'text', nullable: true })
  callbackSealed: string | null;
}
