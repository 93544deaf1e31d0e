import { Injectable } from '@nestjs/common';
import { CaseAnswerBody, SupervisionCaseCreated } from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
import { unitSeesCase } from './case-access';
import { CaseStepCommand } from './case-step.command';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';

export class AnswerCaseCommand extends CaseStepCommand<CaseAnswerBody> {}

/** POST …/{cid}/answers (R23.2): a unit of the case answers it; the answer is on the work orders' timelines. */
@Injectable()
export class AnswerCaseUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, caseId, body, now }: AnswerCaseCommand): Promise<SupervisionCaseCreated> {
    const stored = await this.transactions.run((manager) =>
      this.steps.take(manager, caseId, { event: 'answer-case', answer: body.answer }, actor, now, unitSeesCase(actor)),
    );
    // The answer is the case's step of this version: `<case>:<version>` names it.
    return {
      id: `${caseId}:${stored.supervisionCase.version}`,
      kind: 'answer',
      supervisionCase: toSupervisionCaseView(stored, now),
    };
  }
}
