import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One step of a work order's append-only timeline (R14.1), projected from the events. */
@Entity('timeline_entries')
@Index('IDX_timeline_entries_work_order', ['workOrderId', 'occurredAt'])
export class TimelineEntry {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'work_order_id', type: 'varchar', length: 64 })
  workOrderId: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column('jsonb')
  actor: { kind: string; id: string; role?: string; unitId?: string };

  @Column('jsonb')
  summary: Record<string, unknown>;
}
