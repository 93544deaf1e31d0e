import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { defineRpc, RpcReply } from '@hotline/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder } from '@hotline/messaging';
import { Msg, Subscription } from 'nats';
import { Clock } from './clock';

export interface SetTestClockCommand {
  /** ISO-8601 */
  at: string;
}

/** The test clock command of one service: every process of it moves its clock. Refused in production. */
export const TestClockRpc = (service: string) =>
  defineRpc<SetTestClockCommand, { at: string }>(service, 'test-clock.set');

/**
 * Answers the test clock command, so that an end-to-end test moves the time of every service process with one
 * request each, instead of a file read on every call. Every process of the service subscribes (no queue group); a
 * production process answers 403 and keeps the host clock.
 */
@Injectable()
export class TestClockListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TestClock');
  private subscription?: Subscription;

  constructor(
    private readonly clock: Clock,
    private readonly nats: NatsConnectionHolder,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: the first connection to NATS may wait for NATS, which must not hold the start up.
    this.nats.connection().then(
      (connection) => {
        this.subscription = connection.subscribe(
          this.options.namespace.subject(TestClockRpc(this.options.service).subject),
          {
            callback: (error, message) => {
              if (!error) this.answer(message);
            },
          },
        );
      },
      (error: unknown) => this.logger.warn(`no test clock command: ${String(error)}`),
    );
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }

  private answer(request: Msg): void {
    let reply: RpcReply<{ at: string }>;
    try {
      const command = JSON.parse(new TextDecoder().decode(request.data)) as Partial<SetTestClockCommand>;
      this.clock.set(new Date(String(command.at)));
      reply = { ok: true, data: { at: this.clock.now().toISOString() } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const refused = /production/.test(message);
      reply = {
        ok: false,
        problem: refused
          ? { statusCode: 403, error: 'Forbidden', message }
          : { statusCode: 400, error: 'Bad Request', message },
      };
    }
    request.respond(new TextEncoder().encode(JSON.stringify(reply)));
  }
}
