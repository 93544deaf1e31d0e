import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A partner's non-emergency matter handed to 12345 (R10.1), kept once by the partner's own reference whatever how
 * often it is sent, until intake has recorded it (channel `partner`) and the partner has our acknowledgement.
 */
@Entity('transfers_in')
@Index('IDX_transfers_in_work_order', ['workOrderId'])
export class TransferIn {
  @PrimaryColumn({ name: 'partner_code', type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_transfers_in' })
  partnerCode: string;

  @PrimaryColumn({
    name: 'partner_reference',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_transfers_in',
  })
  partnerReference: string;

  @Column({ name: 'shared_incident_id', type: 'uuid' })
  sharedIncidentId: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  /** the Transfer body in protobuf JSON, its callback number left out */
  @Column({ type: 'jsonb' })
  transfer: Record<string, unknown>;

  @Column({ name: 'callback_sealed', type: 'text', nullable: true })
  callbackSealed: string | null;

  /** pending until intake recorded it, then recorded */
  @Column({ type: 'varchar', length: 16 })
  status: 'pending' | 'recorded';

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Column({ name: 'work_order_number', type: 'varchar', length: 32, nullable: true })
  workOrderNumber: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  /** the work order's version at the last step the partner heard of (R10.1: its status never goes backwards) */
  @Column({ name: 'reported_version', type: 'integer', nullable: true })
  reportedVersion: number | null;

  /** that step's time; for a hand-over kept before versions were, the time from which steps are reported */
  @Column({ name: 'reported_step_at', type: 'timestamptz', nullable: true })
  reportedStepAt: Date | null;
}
