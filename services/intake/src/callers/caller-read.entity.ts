import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R14.3 audit of every read of clear caller data: who (role, unit), when, why, of which work order. */
@Entity('caller_reads')
@Index('IDX_caller_reads_request', ['requestId'])
@Index('IDX_caller_reads_read_at', ['readAt', 'id'])
@Index('IDX_caller_reads_work_order', ['workOrderId', 'readAt'])
@Index('IDX_caller_reads_unit', ['unitId', 'readAt'])
export class CallerRead {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** Null only for reads audited before work orders were recorded with them. */
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Column({ name: 'reader_id', type: 'varchar', length: 128 })
  readerId: string;

  @Column({ name: 'reader_role', type: 'varchar', length: 32 })
  readerRole: string;

  /** The reader's unit, for a handling unit's read (R18.1 contacting the caller). */
  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  /** A code of CALLER_READ_REASONS (free text in reads audited before the list). */
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** The reader's own words beside the reason. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;

  /** Art. 26(5) the work order's status when it was read (null for reads audited before it was kept). */
  @Column({ name: 'work_order_status', type: 'varchar', length: 32, nullable: true })
  workOrderStatus: string | null;
}
