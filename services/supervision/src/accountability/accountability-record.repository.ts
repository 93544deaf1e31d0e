import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountabilityRecord } from './accountability-record.entity';
import { MonthOfUnit } from './accountability-finding.repository';

/** Art. 26(4)/(7) as supervisors recorded them (`accountability_records`). */
@Injectable()
export class AccountabilityRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, record: AccountabilityRecord): Promise<void> {
    await manager.insert(AccountabilityRecord, record);
  }

  ofItem(item: number, month: MonthOfUnit, take: number): Promise<[AccountabilityRecord[], number]> {
    const query = this.dataSource
      .getRepository(AccountabilityRecord)
      .createQueryBuilder('r')
      .where('r.item = :item', { item })
      .andWhere('r.occurredAt >= :start AND r.occurredAt < :end', month)
      .orderBy('r.occurredAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(take);
    if (month.unitId) query.andWhere('r.unitId = :unitId', { unitId: month.unitId });
    return query.getManyAndCount();
  }
}
