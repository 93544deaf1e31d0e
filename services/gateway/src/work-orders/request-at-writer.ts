import * as contracts from '@hotline/contracts';
import { BACKEND_SERVICE_NAMES, BackendServiceName, RpcDefinition, SUBJECT_ROOT } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';

/**
 * Sends a step on a work order; when the service it reached is no longer the work order's writer, it answers 409
 * naming the writer (`details.writer`), and the same step goes there once. Which service owns which state is the
 * services' knowledge, not the gateway's: the writer's subject is the same command under the writer's name. When the
 * contracts give the writer no such command (it does not take this step), the 409 stands.
 */
export async function requestAtWriter<Q, R>(rpc: RpcClient, definition: RpcDefinition<Q, R>, request: Q): Promise<R> {
  try {
    return await rpc.request(definition, request);
  } catch (error) {
    const writer = writerNamedBy(error);
    if (!writer || writer === definition.service) throw error;
    const atWriter = atService(definition, writer);
    if (!RPC_SUBJECTS.has(atWriter.subject)) throw error;
    return rpc.request(atWriter, request);
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

/** Every command and query the contracts define (`XxxRpc.name`, or a definition exported on its own). */
const RPC_SUBJECTS: ReadonlySet<string> = new Set(
  Object.values(contracts as Record<string, unknown>)
    .flatMap((exported) => (isRpc(exported) ? [exported] : isObject(exported) ? Object.values(exported) : []))
    .filter(isRpc)
    .map((definition) => definition.subject),
);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRpc(value: unknown): value is RpcDefinition<unknown, unknown> {
  return (
    isObject(value) &&
    typeof value['subject'] === 'string' &&
    value['subject'].startsWith(`${SUBJECT_ROOT}.rpc.`) &&
    typeof value['service'] === 'string'
  );
}
