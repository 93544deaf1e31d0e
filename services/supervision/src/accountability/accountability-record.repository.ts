import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountabilityRecord } from './accountability-record.entity';
import { MonthOfUnit, rowsOfMonth } from './month-of-unit';

/** Art. 26(4)/(7) as supervisors recorded them (`accountability_records`). */
@Injectable()
export class AccountabilityRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, record: AccountabilityRecord): Promise<void> {
    await manager.insert(AccountabilityRecord, record);
  }

  /** The records of one item in the month, oldest first, at most `take`, and how many there are. */
  ofItem(item: number, month: MonthOfUnit, take: number): Promise<[AccountabilityRecord[], number]> {
    const query = this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .where('r.item = :item', { item });
    return rowsOfMonth(query, { at: 'r.occurredAt', id: 'r.id', unit: 'r.unitId' }, month, take);
  }
}
