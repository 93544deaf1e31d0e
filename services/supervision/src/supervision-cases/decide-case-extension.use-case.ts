import { Injectable } from '@nestjs/common';
import { Actor, CaseExtensionDecisionBody, SupervisionCaseView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';

export class DecideCaseExtensionCommand {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly extensionId: string,
    readonly body: CaseExtensionDecisionBody,
    readonly now: Date,
  ) {}
}

/** POST …/{cid}/extensions/{xid}/decision (R23.2): the supervisor approves (the limit goes on) or refuses. */
@Injectable()
export class DecideCaseExtensionUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, caseId, extensionId, body, now }: DecideCaseExtensionCommand): Promise<SupervisionCaseView> {
    const comment = body.comment !== undefined ? { comment: body.comment } : {};
    const stored = await this.transactions.run((manager) =>
      this.steps.take(
        manager,
        caseId,
        body.approve ? { event: 'approve-case-extension', ...comment } : { event: 'reject-case-extension', ...comment },
        actor,
        now,
        (current) => {
          if (current.extension?.id !== extensionId) {
            throw new NotFoundError(`no extension ${extensionId} on supervision case ${caseId}`);
          }
        },
      ),
    );
    return toSupervisionCaseView(stored, now);
  }
}
