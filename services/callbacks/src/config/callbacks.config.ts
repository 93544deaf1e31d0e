import {
  DEFAULT_APPEAL_WINDOW_WORKING_DAYS,
  DEFAULT_CALLBACK_WITHIN_WORKING_DAYS,
  MAX_CENTRE_WINDOW_WORKING_DAYS,
} from '@hotline/domain';
import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IsInt, Max, Min } from 'class-validator';

/**
 * callbacks' one config class, validated when the app is created: the windows Art. 20 leaves to the centre
 * ("按规定"), how often unappealed results are closed, and the health port. Every variable is in the root README.
 */
export class CallbacksConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.callbacks;

  /** R20.1 a finished work order is called back within this many working days */
  @IsInt()
  @Min(1)
  @Max(MAX_CENTRE_WINDOW_WORKING_DAYS)
  HOTLINE_CALLBACK_DUE_WORKING_DAYS = DEFAULT_CALLBACK_WITHIN_WORKING_DAYS;

  /** R20.3 the lead unit may appeal an unsatisfied result within this many working days of the callback */
  @IsInt()
  @Min(1)
  @Max(MAX_CENTRE_WINDOW_WORKING_DAYS)
  HOTLINE_APPEAL_WINDOW_WORKING_DAYS = DEFAULT_APPEAL_WINDOW_WORKING_DAYS;

  /** how often unsatisfied results whose appeal window ended are closed (0 = off) */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  HOTLINE_UNSATISFIED_SWEEP_MS = 60_000;
}
