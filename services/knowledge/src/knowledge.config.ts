import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { KnowledgeSeedConfig } from './seed/knowledge-seeder';

/**
 * knowledge's one config class, validated when the app is created (with the seed switch). Every variable is in the
 * root README's Configuration table.
 */
export class KnowledgeConfig extends KnowledgeSeedConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.knowledge;
}
