import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IsInt, Max, Min } from 'class-validator';

/**
 * handling's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres, time
 * limits) are their config classes). Every variable is in the root README's Configuration table.
 */
export class HandlingConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.handling;

  /** R16.1/R16.2 how often unsigned work orders are deemed signed at the end of their limit (0 = off). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  HOTLINE_DEEM_SIGNED_SWEEP_MS = 60_000;
}
