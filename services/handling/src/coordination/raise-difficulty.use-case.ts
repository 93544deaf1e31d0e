import { Injectable } from '@nestjs/common';
import { Actor, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { DifficultyKind } from '@hotline/domain';
import { HandlingSteps } from '../work-orders/handling-steps';

export class RaiseDifficultyCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly difficulty: { readonly kind: DifficultyKind; readonly note?: string },
    readonly now: Date,
  ) {}
}

/**
 * R21.1: a dispatched work order whose duty or jurisdiction is unclear, or whose law is disputed, goes to the
 * office for coordination. Handling takes the step while the order waits for signing, or once signed when the
 * handling shows the duty is unclear; dispatch takes it over.
 */
@Injectable()
export class RaiseDifficultyUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({
    actor,
    workOrderId,
    difficulty: { kind, note },
    now,
  }: RaiseDifficultyCommand): Promise<WorkOrderView> {
    const { order } = await this.steps.take(
      actor,
      workOrderId,
      { event: 'raise-difficulty', kind, ...(note ? { note } : {}) },
      now,
    );
    return toWorkOrderView(order, { viewer: actor });
  }
}
