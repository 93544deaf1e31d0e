import { ConfigError, Environment, readEnvConfig } from '@hotline/contracts';
import { parseTimeLimitOverrides, TimeLimitPolicy } from '@hotline/domain';
import { IsString, MaxLength } from 'class-validator';

/** A deployment's own time limits, e.g. `handling-other=4,rehandling=3`; empty: the regulation's. */
export class TimeLimitsConfig {
  @IsString()
  @MaxLength(2_000)
  HOTLINE_TIME_LIMITS = '';
}

/**
 * The time limits a service counts with. The domain decides what a deployment may change (only shorten a limit);
 * anything else stops the service at start with a message naming the variable and the limit.
 */
export function timeLimitPolicyFromEnv(env?: Environment): TimeLimitPolicy {
  const { HOTLINE_TIME_LIMITS: text } = readEnvConfig(TimeLimitsConfig, env);
  try {
    return TimeLimitPolicy.withOverrides(parseTimeLimitOverrides(text), 'env HOTLINE_TIME_LIMITS');
  } catch (error) {
    throw new ConfigError(`Invalid configuration — set or fix HOTLINE_TIME_LIMITS: ${(error as Error).message}`);
  }
}
