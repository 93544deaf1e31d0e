import { Injectable } from '@nestjs/common';
import { EscalateCaseBody, SupervisionCaseView } from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
import { CaseStepCommand } from './case-step.command';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';

export class EscalateCaseCommand extends CaseStepCommand<EscalateCaseBody> {}

/** POST …/{cid}/escalate (R23.3): to 市人民政府督查室, recorded; within the limit only with a reason (422). */
@Injectable()
export class EscalateCaseUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, caseId, body, now }: EscalateCaseCommand): Promise<SupervisionCaseView> {
    const reason = body.reason !== undefined ? { reason: body.reason } : {};
    const stored = await this.transactions.run((manager) =>
      this.steps.take(manager, caseId, { event: 'escalate-case', ...reason }, actor, now),
    );
    return toSupervisionCaseView(stored, now);
  }
}
