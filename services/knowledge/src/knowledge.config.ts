import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';

/**
 * knowledge's one config class, validated when the app is created. Every variable is in the root README's
 * Configuration table.
 */
export class KnowledgeConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.knowledge;

  /** Load the starting articles at start; set to false where a real knowledge base is imported instead. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  HOTLINE_KNOWLEDGE_SEED = true;
}
