import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderCreated, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { EVERY_STEP_SUBJECT } from '@hotline/persistence';
import { ProjectWorkOrder } from './project-work-order';

/** Follows every work order from intake through every step of the lifecycle. */
@Controller()
export class WorkOrderProjectionHandler {
  constructor(private readonly project: ProjectWorkOrder) {}

  @EventPattern(WorkOrderCreated.subject)
  onCreated(@Payload() event: EventEnvelope<WorkOrderCreatedPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.project.created(event, ctx.getConsumer());
  }

  @EventPattern(EVERY_STEP_SUBJECT)
  onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.project.step(event, ctx.getConsumer());
  }
}
