import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderCreated, WorkOrderCreatedPayload, WorkOrderStepPayload } from '@hotline/contracts';
import { EVERY_STEP_SUBJECT } from '@hotline/persistence';
import { ProjectWorkOrder } from './project-work-order';

/** Follows every work order from intake through every step of the lifecycle. */
@Controller()
export class WorkOrderProjectionHandler {
  constructor(private readonly project: ProjectWorkOrder) {}

  @EventPattern(WorkOrderCreated.subject)
  onCreated(@Payload() event: EventEnvelope<WorkOrderCreatedPayload>): Promise<void> {
    return this.project.created(event);
  }

  @EventPattern(EVERY_STEP_SUBJECT)
  onStep(@Payload() event: EventEnvelope<WorkOrderStepPayload>): Promise<void> {
    return this.project.step(event);
  }
}
