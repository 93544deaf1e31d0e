import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WORK_ORDER_STEP_EVENT_LIST, WorkOrderStepPayload } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { FollowWorkOrderStepUseCase } from './follow-work-order-step.use-case';

/** Every lifecycle step event, followed by intake for the status of its work orders (one durable consumer each). */
@Controller()
export class WorkOrderStepsHandler {
  constructor(private readonly follow: FollowWorkOrderStepUseCase) {}

  onStep(event: EventEnvelope<WorkOrderStepPayload>, ctx: JetStreamContext): Promise<void> {
    return this.follow.execute(ctx.getConsumer(), event.id, event.payload);
  }
}

// One handler method per step subject, declared from the contract's list rather than spelled out 22 times:
// a step added to the contracts is followed without touching this file.
for (const definition of WORK_ORDER_STEP_EVENT_LIST) {
  const key = `on ${definition.subject}`;
  const prototype = WorkOrderStepsHandler.prototype as unknown as Record<string, unknown>;
  prototype[key] = function (this: WorkOrderStepsHandler, event: EventEnvelope<WorkOrderStepPayload>, ctx: JetStreamContext) {
    return this.onStep(event, ctx);
  };
  const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  if (!descriptor) throw new Error(`handler for ${definition.subject} was not defined`);
  Payload()(prototype, key, 0);
  Ctx()(prototype, key, 1);
  EventPattern(definition.subject)(prototype, key, descriptor);
  Object.defineProperty(prototype, key, descriptor);
}
