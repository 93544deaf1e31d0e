import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('dead_letters')
export class DeadLetter {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_dead_letters' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  consumer: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64, nullable: true })
  eventId: string | null;

  @Column('text')
  reason: string;

  @Column('integer')
  deliveries: number;

  /** The message as it arrived, which may not even be JSON. */
  @Column('text')
  body: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt: Date | null;
}
