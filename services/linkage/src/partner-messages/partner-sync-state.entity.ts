import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What linkage knows of a partner's incoming messages (R10.2): the highest sequence number received (the gaps below
 * it are `partner_sequence_gaps`) and, for a branch centre, its reconciliation by cursor and the drift it found.
 */
@Entity('partner_sync_states')
export class PartnerSyncState {
  @PrimaryColumn({
    name: 'partner_code',
    type: 'varchar',
    length: 32,
    primaryKeyConstraintName: 'PK_partner_sync_states',
  })
  partnerCode: string;

  @Column({ name: 'highest_sequence', type: 'bigint', default: 0 })
  highestSequence: string;

  /** the cursor of the page to ask for next ('' for the first); null when no reconciliation runs */
  @Column({ name: 'reconciliation_cursor', type: 'varchar', length: 256, nullable: true })
  reconciliationCursor: string | null;

  @Column({ name: 'reconciliation_started_at', type: 'timestamptz', nullable: true })
  reconciliationStartedAt: Date | null;

  /** when the page at the cursor was asked for; null while it is still to be asked */
  @Column({ name: 'reconciliation_requested_at', type: 'timestamptz', nullable: true })
  reconciliationRequestedAt: Date | null;

  /** the branch's last sequence number when the first page was cut: gaps up to it are covered by the pages */
  @Column({ name: 'reconciliation_through', type: 'bigint', nullable: true })
  reconciliationThrough: string | null;

  @Column({ name: 'last_reconciled_at', type: 'timestamptz', nullable: true })
  lastReconciledAt: Date | null;

  /** how many orders the branch said it holds at the last reconciliation */
  @Column({ name: 'branch_total', type: 'integer', nullable: true })
  branchTotal: number | null;

  @Column({ name: 'held_at_reconciliation', type: 'integer', nullable: true })
  heldAtReconciliation: number | null;

  @Column({ type: 'integer', nullable: true })
  drift: number | null;
}
