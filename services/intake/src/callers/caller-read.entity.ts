import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** R14.3 audit of every read of clear caller data: who, when, why. */
@Entity('caller_reads')
@Index('IDX_caller_reads_request', ['requestId'])
export class CallerRead {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'reader_id', type: 'varchar', length: 128 })
  readerId: string;

  @Column({ name: 'reader_role', type: 'varchar', length: 32 })
  readerRole: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
