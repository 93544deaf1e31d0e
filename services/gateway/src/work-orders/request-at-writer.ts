import { BACKEND_SERVICE_NAMES, BackendServiceName, RpcDefinition } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';

/**
 * Sends a step on a work order; when the service it reached is no longer the work order's writer, it answers 409
 * naming the writer (`details.writer`), and the same step goes there once. Which service owns which state is the
 * services' knowledge, not the gateway's: the writer's subject is the same command under the writer's name. A writer
 * that does not take this step (nobody answers the subject) leaves the first answer standing.
 */
export async function requestAtWriter<Q, R>(rpc: RpcClient, definition: RpcDefinition<Q, R>, request: Q): Promise<R> {
  try {
    return await rpc.request(definition, request);
  } catch (error) {
    const writer = writerNamedBy(error);
    if (!writer || writer === definition.service) throw error;
    try {
      return await rpc.request(atService(definition, writer), request);
    } catch (retried) {
      throw isUnanswered(retried) ? error : retried;
    }
  }
}

/** The same command answered by another service: `hotline.rpc.<service>.<name>.v<n>`. */
export function atService<Q, R>(definition: RpcDefinition<Q, R>, service: BackendServiceName): RpcDefinition<Q, R> {
  return { subject: definition.subject.replace(`.rpc.${definition.service}.`, `.rpc.${service}.`), service };
}

function writerNamedBy(error: unknown): BackendServiceName | undefined {
  if (!(error instanceof ProblemError) || error.problem.statusCode !== 409) return undefined;
  const writer = (error.problem.details as { writer?: unknown } | undefined)?.writer;
  return BACKEND_SERVICE_NAMES.find((service) => service === writer);
}

function isUnanswered(error: unknown): boolean {
  return error instanceof ProblemError && error.problem.statusCode === 503;
}
