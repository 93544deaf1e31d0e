import { BACKEND_SERVICES } from '@hotline/contracts';
import { DEFAULT_DUE_SOON_SHARE } from '@hotline/domain';
import { IsPort } from '@hotline/platform';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

/**
 * supervision's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres,
 * time limits) are their config classes). Every variable is in the root README's Configuration table.
 */
export class SupervisionConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.supervision;

  /** How often the deadline watch looks for deadlines due soon or overdue (0 = off). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  HOTLINE_DEADLINE_WATCH_MS = 60_000;

  /** The share of a limit after which it is due soon (0.75: three quarters of the period have passed). */
  @IsNumber()
  @Min(0.01)
  @Max(0.99)
  HOTLINE_DUE_SOON_SHARE = DEFAULT_DUE_SOON_SHARE;

  /** Deadlines the watch announces per transaction. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  HOTLINE_DEADLINE_WATCH_BATCH = 500;
}
