import { EventEnvelope } from '@hotline/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('outbox')
@Unique('UQ_outbox_id', ['id'])
@Index('IDX_outbox_unsent', ['seq'], { where: '"sent_at" IS NULL' })
@Index('IDX_outbox_sent_at', ['sentAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ name: 'work_order_id', type: 'varchar', length: 64, nullable: true })
  workOrderId: string | null;

  @Column('jsonb')
  envelope: EventEnvelope;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
