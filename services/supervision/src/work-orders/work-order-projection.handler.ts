import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WORK_ORDER_STEP_EVENT_LIST, WorkOrderCreated, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { ProjectWorkOrder } from './project-work-order';

/** Follows every work order from intake through every step of the lifecycle. */
@Controller()
export class WorkOrderProjectionHandler {
  constructor(private readonly project: ProjectWorkOrder) {}

  @EventPattern(WorkOrderCreated.subject)
  onCreated(@Payload() event: EventEnvelope<WorkOrderCreatedPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.project.created(event, ctx.getConsumer());
  }

  @EventPattern(WORK_ORDER_STEP_EVENT_LIST.map((definition) => definition.subject))
  onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.project.step(event, ctx.getConsumer());
  }
}
