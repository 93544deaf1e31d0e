import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CoUnitContributionRecord } from './co-unit-contribution.entity';

/** R15.5 the co-handling units' contributions (the `co_unit_contributions` table of CoUnitContributionRecord). */
@Injectable()
export class CoUnitContributionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Within the transaction that checked the order: the contribution commits with its event. */
  async insert(manager: EntityManager, contribution: CoUnitContributionRecord): Promise<void> {
    await manager.insert(CoUnitContributionRecord, contribution);
  }

  /** A work order's contributions, in the order they came. */
  listForWorkOrder(workOrderId: string): Promise<CoUnitContributionRecord[]> {
    return this.dataSource
      .getRepository(CoUnitContributionRecord)
      .find({ where: { workOrderId }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }
}
