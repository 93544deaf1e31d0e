import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderCreated, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { stepSubjects, WorkOrderFollower } from '@hotline/persistence';
import { DispatchFollowerRecords } from './follower-records';

type StepEvent = EventEnvelope<WorkOrderStepPayload>;

/**
 * The events that bring a work order into a state dispatch owns (awaiting dispatch, a return to review,
 * a difficult matter) or move it on from one dispatch gave (signed), so dispatch's copy is current.
 * Art. 20: closed online and called back unsatisfied, it comes back to the operator to dispatch (or answer again).
 */
@Controller()
export class WorkOrderEventsHandler {
  constructor(
    private readonly follower: WorkOrderFollower,
    private readonly records: DispatchFollowerRecords,
  ) {}

  @EventPattern(stepSubjects('accept-for-dispatch', 'sign', 'deem-signed', 'record-callback'))
  async onStep(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event);
  }

  @EventPattern(WorkOrderCreated.subject)
  async onCreated(
    @Payload() event: EventEnvelope<WorkOrderCreatedPayload>,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event, (manager) =>
      this.records.routingFacts(manager, event.payload),
    );
  }

  @EventPattern(stepSubjects('request-return'))
  async onReturnRequested(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event, (manager) =>
      this.records.returnRequested(manager, event.payload, event.actor),
    );
  }

  @EventPattern(stepSubjects('raise-difficulty'))
  async onDifficultyRaised(@Payload() event: StepEvent, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.follower.follow(ctx.getConsumer(), event, (manager) => this.records.difficultyRaised(manager, event));
  }
}
