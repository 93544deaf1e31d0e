import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('inbox')
export class InboxEntry {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_inbox' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_inbox' })
  eventId: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
