import { ContactRequestStatus } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R14.3/R18.1 a unit's request that the centre relay a contact to an anonymous caller: an operator's task. */
@Entity('contact_requests')
@Index('IDX_contact_requests_status_requested', ['status', 'requestedAt', 'id'])
@Index('IDX_contact_requests_work_order', ['workOrderId'])
export class ContactRequest {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  @Column({ name: 'requested_by', type: 'varchar', length: 128 })
  requestedBy: string;

  @Column('text')
  message: string;

  /** open until an operator records the outcome */
  @Column({ type: 'varchar', length: 16 })
  status: ContactRequestStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'boolean', nullable: true })
  contacted: boolean | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 128, nullable: true })
  closedBy: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
