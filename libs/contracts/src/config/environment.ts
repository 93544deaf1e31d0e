import { AsyncLocalStorage } from 'node:async_hooks';

/** Environment variables as config classes read them. */
export type Environment = Record<string, string | undefined>;

const scoped = new AsyncLocalStorage<Environment>();

/**
 * The variables config classes are read from: the process's environment, or the variables a test handed to
 * `bootstrapService({ env })` while that app starts. The one place outside telemetry that reads `process.env`.
 */
export function currentEnvironment(): Environment {
  return scoped.getStore() ?? process.env;
}

/**
 * Runs `start` with `env` in place of the process's environment for every config class read inside it (its
 * promises included), so that a test can start a service with values of its own without changing `process.env`.
 */
export function withEnvironment<T>(env: Environment, start: () => T): T {
  return scoped.run(env, start);
}
