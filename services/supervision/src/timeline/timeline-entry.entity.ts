import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One step of a work order's append-only timeline (R14.1), projected from the events. */
@Entity('timeline_entries')
@Index('IDX_timeline_entries_work_order', ['workOrderId', 'occurredAt'])
@Index('IDX_timeline_entries_written_by_xact', { synchronize: false })
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

  /**
   * R24.1 the transaction that wrote the entry, set by the database (the migration's default is
   * `((pg_current_xact_id())::text)::bigint`; written here as TypeORM reads it back, without the casts): the report
   * model folds entries by it.
   */
  @Column({
    name: 'written_by_xact',
    type: 'bigint',
    nullable: true,
    select: false,
    insert: false,
    update: false,
    default: () => '((pg_current_xact_id()))',
  })
  writtenByXact?: string | null;
}
