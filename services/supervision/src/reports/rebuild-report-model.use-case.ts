import { Injectable } from '@nestjs/common';
import { Transactions } from '@hotline/persistence';
import { ReportModel } from './report-model';
import { ReportModelRepository } from './report-model.repository';

export interface RebuildResult {
  workOrders: number;
}

/**
 * R24.1 rebuilds the analytics model from supervision's timeline, which keeps every step for good (the outbox keeps
 * days only): the rows and their rollups are dropped and every work order is folded again, a page of orders per
 * transaction (the rollups summed from each fold, as the live fold keeps them). `npm run reports:rebuild` asks for it.
 * Frozen months keep their published figures; a rebuild does not touch them.
 */
@Injectable()
export class RebuildReportModelUseCase {
  constructor(
    private readonly rows: ReportModelRepository,
    private readonly model: ReportModel,
    private readonly transactions: Transactions,
  ) {}

  async execute(command: { pageSize?: number } = {}): Promise<RebuildResult> {
    const pageSize = command.pageSize ?? 1000;
    await this.rows.truncate();
    let after = '00000000-0000-0000-0000-000000000000';
    let workOrders = 0;
    for (;;) {
      const ids = await this.rows.workOrderIdsAfter(after, pageSize);
      if (ids.length === 0) return { workOrders };
      await this.transactions.run((manager) => this.model.refold(manager, ids));
      workOrders += ids.length;
      after = ids[ids.length - 1];
    }
  }
}
