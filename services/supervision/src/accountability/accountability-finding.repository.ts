import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AccountabilityFinding } from './accountability-finding.entity';
import { MonthOfUnit, rowsOfMonth } from './month-of-unit';

/** The Art. 26 evidence found in the steps (`accountability_findings`). */
@Injectable()
export class AccountabilityFindingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, finding: AccountabilityFinding): Promise<void> {
    await insertRows(manager, AccountabilityFinding, [finding], 'ON CONFLICT DO NOTHING');
  }

  /** The findings of one item in the month, oldest first, at most `take`, and how many there are. */
  ofItem(item: number, month: MonthOfUnit, take: number): Promise<[AccountabilityFinding[], number]> {
    const query = this.dataSource
      .getRepository(AccountabilityFinding)
      .createQueryBuilder('f')
      .where('f.item = :item', { item });
    return rowsOfMonth(query, { at: 'f.occurredAt', id: 'f.eventId', unit: 'f.unitId' }, month, take);
  }
}
