import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * R24.1 an event supervision has taken in (its timeline entry written in the same transaction) that the report model
 * has not folded yet. The folder takes these in batches; a report, an assessment or a snapshot folds what is left first.
 */
@Entity('report_pending_events')
export class ReportPendingEvent {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_pending_events' })
  eventId: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'arrived_at', type: 'timestamptz' })
  arrivedAt: Date;
}
