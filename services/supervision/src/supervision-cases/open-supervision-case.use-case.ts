import { Injectable } from '@nestjs/common';
import { Actor, OpenSupervisionCaseBody, SupervisionCaseView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import { v7 as uuidv7 } from 'uuid';
import { CaseSteps } from './case-steps';
import { toSupervisionCaseView } from './supervision-case-view';
import { SupervisionCasesRepository } from './supervision-cases.repository';

export class OpenSupervisionCaseCommand {
  constructor(
    readonly actor: Actor,
    readonly body: OpenSupervisionCaseBody,
    readonly now: Date,
  ) {}
}

/**
 * POST /api/v1/supervision-cases (R23.1, R23.2): the supervisor opens a case on work orders supervision knows, with a
 * trigger (4–8 with their source), a method and a limit within its maximum; the domain refuses the rest (422).
 */
@Injectable()
export class OpenSupervisionCaseUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly cases: SupervisionCasesRepository,
    private readonly steps: CaseSteps,
  ) {}

  async execute({ actor, body, now }: OpenSupervisionCaseCommand): Promise<SupervisionCaseView> {
    const stored = await this.transactions.run(async (manager) => {
      const workOrderIds = [...new Set(body.workOrderIds)];
      const units = await this.cases.leadUnitsOf(manager, workOrderIds);
      const unknown = workOrderIds.filter((id) => !units.has(id));
      if (unknown.length > 0) throw new NotFoundError(`no work order ${unknown.join(', ')}`, { workOrderIds: unknown });
      const unitIds = [...units.values()].filter((unit): unit is string => unit !== null);
      const opened = await this.steps.open(
        manager,
        {
          id: uuidv7(),
          workOrderIds,
          unitIds,
          trigger: body.trigger,
          method: body.method,
          ...(body.source !== undefined ? { source: body.source } : {}),
          ...(body.workingDays !== undefined ? { workingDays: body.workingDays } : {}),
        },
        actor,
        now,
      );
      // A manual case has no automatic key: it is always inserted.
      if (!opened) throw new Error('a manual supervision case was not inserted');
      return opened;
    });
    return toSupervisionCaseView(stored, now);
  }
}
