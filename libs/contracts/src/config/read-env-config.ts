import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { currentEnvironment, Environment } from './environment';

export class ConfigError extends Error {}

/**
 * Reads a config class from environment variables (property names are the variable names), converting
 * to the type of each default value, and throws one error naming every variable that is missing or wrong.
 * Without `env`, the variables are `currentEnvironment()`'s.
 */
export function readEnvConfig<T extends object>(configClass: new () => T, env: Environment = currentEnvironment()): T {
  const defaults = new configClass();
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const value = env[key];
    const fallback = (defaults as Record<string, unknown>)[key];
    raw[key] = value === undefined || value === '' ? fallback : convertLike(fallback, value);
  }
  const config = plainToInstance(configClass, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid configuration — set or fix ${problems.join('; ')}`);
  }
  return config;
}

function convertLike(example: unknown, value: string): unknown {
  if (typeof example === 'number') return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof example === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}
