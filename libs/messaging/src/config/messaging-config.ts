import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class MessagingConfig {
  @IsString()
  NATS_URL = 'nats://127.0.0.1:4222';

  /** Prefix of every subject and stream name: keeps test runs and side-by-side deployments apart. */
  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'HOTLINE_NATS_PREFIX may hold only a-z, 0-9 and _' })
  HOTLINE_NATS_PREFIX = '';

  /** Deliveries of one event before it goes to the dead letters. */
  @IsInt()
  @Min(1)
  @Max(100)
  HOTLINE_MAX_DELIVER = 5;

  @IsInt()
  @Min(1)
  HOTLINE_RETRY_BASE_MS = 1_000;

  @IsInt()
  @Min(1)
  HOTLINE_RETRY_MAX_MS = 60_000;

  @IsInt()
  @Min(1_000)
  HOTLINE_ACK_WAIT_MS = 30_000;

  /**
   * Messages one consumer handles at once. Their effects share transactions (the inbox's group commit), so
   * more at once means fewer commits per event: 64 drained a backlog at about half the CPU per event of 4.
   */
  @IsInt()
  @Min(1)
  @Max(256)
  HOTLINE_CONSUMER_CONCURRENCY = 64;

  /** JetStream de-duplication horizon; longer than the outbox relay ever retries. */
  @IsInt()
  @Min(60_000)
  HOTLINE_DUPLICATE_WINDOW_MS = 24 * 3_600_000;

  @IsInt()
  @Min(1)
  HOTLINE_STREAM_MAX_AGE_DAYS = 30;

  @IsInt()
  @Min(1)
  @Max(5)
  HOTLINE_STREAM_REPLICAS = 1;

  @IsInt()
  @Min(50)
  HOTLINE_OUTBOX_POLL_MS = 1_000;

  @IsInt()
  @Min(1)
  HOTLINE_OUTBOX_RETENTION_DAYS = 7;

  @IsInt()
  @Min(100)
  HOTLINE_RPC_TIMEOUT_MS = 10_000;

  @IsInt()
  @Min(100)
  HOTLINE_SHUTDOWN_GRACE_MS = 8_000;
}
