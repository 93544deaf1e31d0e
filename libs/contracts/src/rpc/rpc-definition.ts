import { SUBJECT_ROOT } from '../streams/streams';

/**
 * A command or query answered over NATS request/reply by one service (queue group = service name).
 * The phantom fields bind request and response types to the subject.
 */
export interface RpcDefinition<TRequest, TResponse> {
  readonly subject: string;
  readonly service: string;
  readonly __request?: TRequest;
  readonly __response?: TResponse;
}

export type RequestOf<D> = D extends RpcDefinition<infer Q, unknown> ? Q : never;
export type ResponseOf<D> = D extends RpcDefinition<unknown, infer R> ? R : never;

export function defineRpc<TRequest, TResponse>(
  service: string,
  name: string,
  version = 1,
): RpcDefinition<TRequest, TResponse> {
  return Object.freeze({ subject: `${SUBJECT_ROOT}.rpc.${service}.${name}.v${version}`, service });
}

/** Placeholder a service-agnostic handler uses; the transport replaces it with the serving service's name. */
export const SERVICE_PLACEHOLDER = '{service}';

/** Replies carry either data or a problem with an HTTP-like status, so the gateway can answer faithfully. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; problem: RpcProblem };

export interface RpcProblem {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}
