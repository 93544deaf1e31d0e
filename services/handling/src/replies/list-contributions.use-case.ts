import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoUnitContributionView, WorkOrderActionMessage } from '@hotline/contracts';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { assertMaySee } from '../work-orders/unit-scope';
import { CoUnitContributionRecord } from './co-unit-contribution.entity';

/** R15.5: what the co-handling units contributed, for the lead unit (and the centre) to read. */
@Injectable()
export class ListContributionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
  ) {}

  async execute({ actor, workOrderId }: WorkOrderActionMessage): Promise<{ items: CoUnitContributionView[] }> {
    const order = await this.states.find(this.dataSource.manager, workOrderId);
    if (!order) throw new NotFoundException(`no work order ${workOrderId}`);
    assertMaySee(actor, order);
    const rows = await this.dataSource.getRepository(CoUnitContributionRecord).find({ where: { workOrderId }, order: { submittedAt: 'ASC', id: 'ASC' } });
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
