import { TransferStatus } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A transfer out to a partner line (R10.1, R13.1 reason 5): the incident message, kept until the partner's business
 * acknowledgement arrives, then its progress. The callback number is sealed (AES-256-GCM), never in clear at rest.
 */
@Entity('transfers_out')
@Index('IDX_transfers_out_due', ['nextAttemptAt'])
@Index('IDX_transfers_out_work_order', ['workOrderId'])
@Index('UQ_transfers_out_work_order_partner', ['workOrderId', 'partnerCode'], { unique: true })
export class TransferOut {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_transfers_out' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'work_order_number', type: 'varchar', length: 32, nullable: true })
  workOrderNumber: string | null;

  /** '' for an `unrouted` emergency rejection: no line took it, nothing was sent */
  @Column({ name: 'partner_code', type: 'varchar', length: 32 })
  partnerCode: string;

  @Column({ name: 'shared_incident_id', type: 'uuid' })
  sharedIncidentId: string;

  /** the incident message's id: the same on every try, so the partner keeps it once */
  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ type: 'bigint' })
  sequence: string;

  /** the envelope in protobuf JSON, its callback number left out */
  @Column({ type: 'jsonb' })
  envelope: Record<string, unknown>;

  @Column({ name: 'callback_sealed', type: 'text', nullable: true })
  callbackSealed: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: TransferStatus;

  @Column({ type: 'integer' })
  attempts: number;

  /** when to send again; null once acknowledged */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'alerted_at', type: 'timestamptz', nullable: true })
  alertedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  cause: string | null;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'partner_reference', type: 'varchar', length: 64, nullable: true })
  partnerReference: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 128 })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
