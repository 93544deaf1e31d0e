import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IntakeAssistConfig } from './assist/intake-assist.config';

/**
 * intake's one config class, validated when the app is created (with the assist's misuse window and knowledge wait;
 * the caller keys are read in callers/caller-keys.config.ts). Every variable is in the root README's Configuration
 * table.
 */
export class IntakeConfig extends IntakeAssistConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.intake;
}
