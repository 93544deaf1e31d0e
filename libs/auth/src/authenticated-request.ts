import type { Principal } from './principal';

/** The part of an HTTP request the guards read and write; matches Express and Fastify requests. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}
