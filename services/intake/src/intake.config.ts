import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IsInt, Max, Min } from 'class-validator';
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

  /** Art. 26(5): this many clear caller reads by one reader … */
  @IsInt()
  @Min(2)
  @Max(1_000)
  HOTLINE_CALLER_READ_BURST_COUNT = 20;

  /** … within this many minutes are a burst in the accountability register. */
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  HOTLINE_CALLER_READ_BURST_MINUTES = 10;
}
