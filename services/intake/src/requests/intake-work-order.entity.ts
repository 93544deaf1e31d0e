import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * The work order (工单) intake opened for a request: its readable number and how the request was decided. Its status
 * is intake's copy of the work order (`work_order_states`), the one source Open311 and the status reads join.
 */
@Entity('work_orders')
@Unique('UQ_work_orders_number', ['number'])
@Index('IDX_work_orders_request', ['requestId'])
export class IntakeWorkOrder {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** R13.1/R14.2 the reason code (1–9) and the basis told to the caller of a rejected request. */
  @Column({ name: 'rejection_reason_code', type: 'smallint', nullable: true })
  rejectionReasonCode: number | null;

  @Column({ name: 'rejection_basis', type: 'text', nullable: true })
  rejectionBasis: string | null;

  /** R15.1 the knowledge article an online closing cites. */
  @Column({ name: 'article_id', type: 'varchar', length: 64, nullable: true })
  articleId: string | null;

  /** R15.1 the version of the article the caller was answered from. */
  @Column({ name: 'article_version', type: 'integer', nullable: true })
  articleVersion: number | null;

  /** R15.2: 24:00 of the next working day, for a request answered by calling back. */
  @Column({ name: 'callback_due', type: 'timestamptz', nullable: true })
  callbackDue: Date | null;

  @Column({ name: 'callback_due_provisional', type: 'boolean', nullable: true })
  callbackDueProvisional: boolean | null;
}
