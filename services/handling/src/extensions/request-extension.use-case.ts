import { Injectable } from '@nestjs/common';
import { Actor, HandlingRequestCreated, RequestExtensionBody, toWorkOrderView } from '@hotline/contracts';
import { requestIdOf } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RequestExtensionCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly body: RequestExtensionBody,
    readonly now: Date,
  ) {}
}

/** R17.2: before the handling limit ends, once, for at most 5 working days (the domain decides; 422 otherwise). */
@Injectable()
export class RequestExtensionUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, body, now }: RequestExtensionCommand): Promise<HandlingRequestCreated> {
    const { order } = await this.steps.take(
      actor,
      workOrderId,
      { event: 'request-extension', workingDays: body.workingDays, reason: body.reason },
      now,
    );
    return { id: requestIdOf(order), kind: 'extension', workOrder: toWorkOrderView(order, { viewer: actor }) };
  }
}
