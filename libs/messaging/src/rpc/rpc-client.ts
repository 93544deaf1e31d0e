import { Inject, Injectable } from '@nestjs/common';
import { RpcDefinition, RpcReply } from '@hotline/contracts';
import { currentTraceHeaders, inSpan, natsRequestSeconds, SpanKind } from '@hotline/telemetry';
import { ErrorCode, NatsError } from 'nats';
import { NatsConnectionHolder } from '../connection/nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { ProblemError } from './problem';
import { carrierToHeaders, decodeText, encodeJson } from '../server/codec';

/** Sends commands and queries to the service that answers them; its problems come back as ProblemErrors. */
@Injectable()
export class RpcClient {
  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<Q, R>(
    definition: RpcDefinition<Q, R>,
    request: Q,
    timeoutMs = this.options.config.HOTLINE_RPC_TIMEOUT_MS,
  ): Promise<R> {
    const subject = this.options.namespace.subject(definition.subject);
    const attributes = {
      'messaging.system': 'nats',
      'rpc.method': definition.subject,
      'rpc.service': definition.service,
    };
    return inSpan(`call ${definition.subject}`, { kind: SpanKind.CLIENT, attributes }, async () => {
      const nc = await this.nats.connection();
      const timer = natsRequestSeconds.startTimer({ subject: definition.subject });
      let answer;
      try {
        answer = await nc.request(subject, encodeJson(request ?? {}), {
          timeout: timeoutMs,
          headers: carrierToHeaders(currentTraceHeaders()),
        });
      } catch (error) {
        const problem = unavailable(definition.service, error);
        timer({ outcome: problem.problem.statusCode === 504 ? 'timeout' : 'unavailable' });
        throw problem;
      }
      const reply = JSON.parse(decodeText(answer.data)) as RpcReply<R>;
      timer({ outcome: reply.ok ? 'ok' : 'problem' });
      if (!reply.ok) throw new ProblemError(reply.problem);
      return reply.data;
    });
  }
}

function unavailable(service: string, error: unknown): ProblemError {
  const code = (error as NatsError)?.code;
  if (code === ErrorCode.Timeout) {
    return new ProblemError(
      { statusCode: 504, error: 'Gateway Timeout', message: `${service} did not answer in time` },
      error,
    );
  }
  return new ProblemError(
    { statusCode: 503, error: 'Service Unavailable', message: `${service} is not available` },
    error,
  );
}
