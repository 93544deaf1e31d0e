import { Injectable } from '@nestjs/common';
import { Actor, CoUnitContributionView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { HandlingWorkOrdersRepository } from '../work-orders/handling-work-orders.repository';
import { assertMaySee } from '../work-orders/unit-scope';
import { CoUnitContributionRecord } from './co-unit-contribution.entity';
import { CoUnitContributionsRepository } from './co-unit-contributions.repository';

export class ListContributionsCommand {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
  ) {}
}

/** R15.5: what the co-handling units contributed, for the lead unit (and the centre) to read. */
@Injectable()
export class ListContributionsUseCase {
  constructor(
    private readonly workOrders: HandlingWorkOrdersRepository,
    private readonly contributions: CoUnitContributionsRepository,
  ) {}

  async execute({ actor, workOrderId }: ListContributionsCommand): Promise<{ items: CoUnitContributionView[] }> {
    const order = await this.workOrders.find(workOrderId);
    if (!order) throw new NotFoundError(`no work order ${workOrderId}`);
    assertMaySee(actor, order);
    const rows = await this.contributions.listForWorkOrder(workOrderId);
    return { items: rows.map(viewOf) };
  }
}

function viewOf(row: CoUnitContributionRecord): CoUnitContributionView {
  return {
    ...row.reply,
    id: row.id,
    workOrderId: row.workOrderId,
    unitId: row.unitId,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
  };
}
