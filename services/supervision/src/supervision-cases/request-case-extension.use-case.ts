import { Injectable } from '@nestjs/common';
import { CaseExtensionBody, SupervisionCaseCreated } from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
import { v7 as uuidv7 } from 'uuid';
import { unitSeesCase } from './case-access';
import { CaseStepCommand } from './case-step.command';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';

export class RequestCaseExtensionCommand extends CaseStepCommand<CaseExtensionBody> {}

/** POST …/{cid}/extensions (R23.2): the unit applies once, for at most 10 working days, before the limit ends. */
@Injectable()
export class RequestCaseExtensionUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, caseId, body, now }: RequestCaseExtensionCommand): Promise<SupervisionCaseCreated> {
    const id = uuidv7();
    const stored = await this.transactions.run((manager) =>
      this.steps.take(
        manager,
        caseId,
        { event: 'request-case-extension', id, workingDays: body.workingDays, reason: body.reason },
        actor,
        now,
        unitSeesCase(actor),
      ),
    );
    return { id, kind: 'extension', supervisionCase: toSupervisionCaseView(stored, now) };
  }
}
