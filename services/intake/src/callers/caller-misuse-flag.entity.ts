import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * R27.1 a request flagged as caller misuse, under the keyed hash of the caller's phone (never the phone): repeated
 * calls when the request made its caller's count reach the limit inside the window, or abuse, a threat or long
 * occupation as the operator who took the call recorded it. One flag of a kind per request.
 */
@Entity('caller_misuse_flags')
@Index('IDX_caller_misuse_flags_hash', ['callerPhoneHash'])
@Index('UQ_caller_misuse_flags_request_kind', ['requestId', 'kind'], { unique: true })
export class CallerMisuseFlag {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'caller_phone_hash', type: 'varchar', length: 64 })
  callerPhoneHash: string;

  /** A kind of CALLER_MISUSE_KINDS. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** Repeated calls: the caller's requests in the window, the limit and the window then in force. */
  @Column({ type: 'integer', nullable: true })
  count: number | null;

  @Column({ type: 'integer', nullable: true })
  limit: number | null;

  @Column({ name: 'window_minutes', type: 'integer', nullable: true })
  windowMinutes: number | null;

  /** An operator's flag: what happened on the call. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Long occupation: how long the call held the line. */
  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds: number | null;

  /** The operator who recorded the flag (its audit); null for repeated calls, which the platform detects. */
  @Column({ name: 'recorded_by', type: 'varchar', length: 128, nullable: true })
  recordedBy: string | null;

  @Column({ name: 'flagged_at', type: 'timestamptz' })
  flaggedAt: Date;
}
