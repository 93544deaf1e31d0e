import { Injectable } from '@nestjs/common';
import { CloseCaseBody, SupervisionCaseView } from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
import { CaseStepCommand } from './case-step.command';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';

export class CloseCaseCommand extends CaseStepCommand<CloseCaseBody> {}

/** POST …/{cid}/close (R23.2): the supervisor closes the case with its result, recorded with whether in time. */
@Injectable()
export class CloseCaseUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, caseId, body, now }: CloseCaseCommand): Promise<SupervisionCaseView> {
    const stored = await this.transactions.run((manager) =>
      this.steps.take(manager, caseId, { event: 'resolve-case', result: body.result }, actor, now),
    );
    return toSupervisionCaseView(stored, now);
  }
}
