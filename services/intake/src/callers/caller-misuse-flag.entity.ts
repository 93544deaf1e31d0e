import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R27.1 a request that made its caller's count reach the misuse limit inside the window. */
@Entity('caller_misuse_flags')
@Index('IDX_caller_misuse_flags_hash', ['callerPhoneHash'])
export class CallerMisuseFlag {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'caller_phone_hash', type: 'varchar', length: 64 })
  callerPhoneHash: string;

  @Column('integer')
  count: number;

  @Column('integer')
  limit: number;

  @Column({ name: 'window_minutes', type: 'integer' })
  windowMinutes: number;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt: Date;
}
