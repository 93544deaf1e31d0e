import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DeadLetterView,
  HANDLER_SUBJECTS,
  HealthReport,
  ListDeadLettersQuery,
  ReplayDeadLetterCommand,
  RepublishOutboxCommand,
} from '@hotline/contracts';
import { NotFoundError, UnusableCommandError } from '@hotline/domain';
import { DeadLetter, DeadLetterStore, OutboxStore } from '@hotline/persistence';
import { validateEvent } from '../server/event-validation';
import { describeFailure } from '../server/event-consumer';
import { JetStreamServer } from '../server/jetstream-server';
import { OutboxRelay } from '../outbox/outbox-relay';
import { PlatformHealth } from './platform-health';

/** Operational requests every backend service answers over NATS: health, dead letters, outbox replay. */
@Controller()
export class PlatformRpcController {
  constructor(
    private readonly health: PlatformHealth,
    private readonly deadLetters: DeadLetterStore,
    private readonly server: JetStreamServer,
    private readonly outbox: OutboxStore,
    private readonly relay: OutboxRelay,
  ) {}

  @MessagePattern(HANDLER_SUBJECTS.health)
  report(): Promise<HealthReport> {
    return this.health.report();
  }

  @MessagePattern(HANDLER_SUBJECTS.listDeadLetters)
  async list(@Payload() query: ListDeadLettersQuery): Promise<{ items: DeadLetterView[] }> {
    const rows = await this.deadLetters.list({
      includeReplayed: query.includeReplayed === true,
      limit: query.limit ?? 100,
    });
    return { items: rows.map(toView) };
  }

  @MessagePattern(HANDLER_SUBJECTS.replayDeadLetter)
  async replay(@Payload() command: ReplayDeadLetterCommand): Promise<DeadLetterView> {
    const letter = await this.deadLetters.get(command.id);
    if (!letter) throw new NotFoundError(`no dead letter ${command.id}`);
    if (letter.replayedAt) return toView(letter);
    const event = validateEvent(letter.subject, letter.body);
    if (!event.ok) throw new UnusableCommandError(`cannot replay: ${event.reason}`);
    try {
      await this.server.invokeEventHandler(letter.subject, event.envelope, letter.consumer);
    } catch (error) {
      throw new UnusableCommandError(`replay failed: ${describeFailure(error)}`);
    }
    return toView(await this.deadLetters.markReplayed(letter.id));
  }

  @MessagePattern(HANDLER_SUBJECTS.republishOutbox)
  async republish(@Payload() command: RepublishOutboxCommand): Promise<{ republished: number }> {
    const republished = await this.outbox.markForRepublish(new Date(command.since));
    await this.relay.wake();
    return { republished };
  }
}

function toView(letter: DeadLetter): DeadLetterView {
  let payload: unknown = letter.body;
  try {
    payload = JSON.parse(letter.body);
  } catch {
    // Kept as text: the body was not JSON, which is often why it is here.
  }
  return {
    id: letter.id,
    consumer: letter.consumer,
    subject: letter.subject,
    eventId: letter.eventId,
    reason: letter.reason,
    deliveries: letter.deliveries,
    payload,
    createdAt: letter.createdAt.toISOString(),
    replayedAt: letter.replayedAt?.toISOString() ?? null,
  };
}
