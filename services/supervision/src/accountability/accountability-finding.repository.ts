import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AccountabilityFinding } from './accountability-finding.entity';

/** Which findings of a month: one unit's, or every unit's. */
export interface MonthOfUnit {
  start: Date;
  end: Date;
  unitId?: string;
}

/** The Art. 26 evidence found in the steps (`accountability_findings`). */
@Injectable()
export class AccountabilityFindingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, finding: AccountabilityFinding): Promise<void> {
    await insertRows(manager, AccountabilityFinding, [finding], 'ON CONFLICT DO NOTHING');
  }

  /** The findings of one item in the month, oldest first, at most `take`, and how many there are. */
  async ofItem(item: number, month: MonthOfUnit, take: number): Promise<[AccountabilityFinding[], number]> {
    const query = this.dataSource
      .getRepository(AccountabilityFinding)
      .createQueryBuilder('f')
      .where('f.item = :item', { item })
      .andWhere('f.occurredAt >= :start AND f.occurredAt < :end', month)
      .orderBy('f.occurredAt', 'ASC')
      .addOrderBy('f.eventId', 'ASC')
      .take(take);
    if (month.unitId) query.andWhere('f.unitId = :unitId', { unitId: month.unitId });
    return query.getManyAndCount();
  }
}
