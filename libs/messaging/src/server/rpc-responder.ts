import { MessageHandler } from '@nestjs/microservices';
import { RpcReply } from '@hotline/contracts';
import { contextFromHeaders, inSpan, SpanKind } from '@hotline/telemetry';
import { Msg } from 'nats';
import { ProblemError, toProblem } from '../rpc/problem';
import { decodeText, encodeJson, headersToCarrier } from './codec';
import { InFlight } from './in-flight';

export type InvokeRpcHandler = (handler: MessageHandler, data: unknown) => Promise<unknown>;

/**
 * Answers one request/reply subject: data on success, a problem with an HTTP-like status otherwise.
 * Health probes are not traced: they would bury the real traces.
 */
export async function respond(
  subject: string,
  msg: Msg,
  handler: MessageHandler,
  invoke: InvokeRpcHandler,
  inFlight: InFlight,
  traced = true,
): Promise<void> {
  const answer = async () => {
    let reply: RpcReply<unknown>;
    try {
      const request = parseRequest(msg.data);
      reply = { ok: true, data: (await invoke(handler, request)) ?? null };
    } catch (error) {
      reply = { ok: false, problem: toProblem(error) };
    }
    if (msg.reply) msg.respond(encodeJson(reply));
  };
  if (!traced) return inFlight.track(answer);
  const parent = contextFromHeaders(headersToCarrier(msg.headers));
  const attributes = { 'messaging.system': 'nats', 'rpc.method': subject };
  await inFlight.track(() => inSpan(`serve ${subject}`, { kind: SpanKind.SERVER, parent, attributes }, answer));
}

function parseRequest(data: Uint8Array): unknown {
  if (data.length === 0) return {};
  try {
    return JSON.parse(decodeText(data));
  } catch {
    throw new ProblemError({ statusCode: 400, error: 'Bad Request', message: 'request body is not JSON' });
  }
}
