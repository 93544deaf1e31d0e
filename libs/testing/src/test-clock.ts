import { RpcReply } from '@hotline/contracts';
import { SetTestClockCommand, TestClockRpc } from '@hotline/platform';
import { connect, NatsConnection } from 'nats';
import { eventually } from './eventually';

let moving: Promise<void> = Promise.resolve();
let failure: Error | undefined;

/**
 * Resolves once every clock move started so far has reached every service (and throws the first that failed):
 * `gatewayClient` waits for it before each call, so that a test's `at(…)` holds for the calls after it.
 */
export async function clockMoved(): Promise<void> {
  await moving;
  if (failure) {
    const error = failure;
    failure = undefined;
    throw error;
  }
}

/**
 * Moves the clock of built services started with `HOTLINE_TEST_CLOCK` through their test clock command (one NATS
 * request per service, answered by every process of it), one move after another.
 */
export class TestClock {
  private connection?: Promise<NatsConnection>;

  constructor(
    private readonly env: Record<string, string>,
    private readonly services: () => string[],
  ) {}

  /** Starts moving every service's time to `at`; `clockMoved()` resolves once they all have. */
  set(at: Date): void {
    moving = moving.then(() =>
      this.move(at).catch((error: Error) => {
        failure ??= error;
      }),
    );
  }

  async close(): Promise<void> {
    await moving;
    if (this.connection) await (await this.connection).close();
  }

  private async move(at: Date): Promise<void> {
    this.connection ??= connect({ servers: this.env['NATS_URL'] });
    const nats = await this.connection;
    const prefix = this.env['HOTLINE_NATS_PREFIX'];
    const body = new TextEncoder().encode(JSON.stringify({ at: at.toISOString() } satisfies SetTestClockCommand));
    await Promise.all(
      this.services().map(async (service) => {
        const subject = TestClockRpc(service).subject;
        const ask = () =>
          nats.request(prefix ? `${prefix}.${subject}` : subject, body, { timeout: 2_000 }).then(
            (message) => JSON.parse(new TextDecoder().decode(message.data)) as RpcReply<{ at: string }>,
            () => undefined,
          );
        // A service that is starting (or restarting) has not subscribed yet: ask again until it answers.
        const reply = await eventually(ask, (answer) => answer !== undefined, 20_000, 50);
        if (!reply?.ok) throw new Error(`${service} refused the test clock: ${reply?.problem.message}`);
      }),
    );
  }
}
