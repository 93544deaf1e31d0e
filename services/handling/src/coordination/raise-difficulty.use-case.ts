import { Injectable } from '@nestjs/common';
import { RaiseDifficultyMessage, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { HandlingSteps } from '../work-orders/handling-steps';

/**
 * R21.1: a dispatched work order whose duty or jurisdiction is unclear, or whose law is disputed, goes to the
 * office for coordination. Handling takes the step while the order waits for signing, or once signed when the
 * handling shows the duty is unclear; dispatch takes it over.
 */
@Injectable()
export class RaiseDifficultyUseCase {
  constructor(private readonly steps: HandlingSteps) {}

  async execute({ actor, workOrderId, difficulty: { kind, note } }: RaiseDifficultyMessage, now: Date): Promise<WorkOrderView> {
    const command = { event: 'raise-difficulty', kind, ...(note ? { note } : {}) } as const;
    const { order } = await this.steps.take(actor, workOrderId, command, now);
    return toWorkOrderView(order, { viewer: actor });
  }
}
