import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';

/**
 * dispatch's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres, time
 * limits) are their config classes). Every variable is in the root README's Configuration table.
 */
export class DispatchConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.dispatch;
}
