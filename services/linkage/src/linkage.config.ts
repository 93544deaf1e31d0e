import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';

/**
 * linkage's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres) are
 * their config classes). Every variable is in the root README's Configuration table.
 */
export class LinkageConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.linkage;
}
