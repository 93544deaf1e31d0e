import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';

/** R13.2 the city's jurisdiction reference table (`jurisdictions`). */
@Injectable()
export class JurisdictionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every entry, by code; in the caller's transaction when a manager is given. */
  findAll(manager: EntityManager = this.dataSource.manager): Promise<Jurisdiction[]> {
    return manager.find(Jurisdiction, { order: { code: 'ASC' } });
  }

  findByCode(manager: EntityManager, code: string): Promise<Jurisdiction | null> {
    return manager.findOne(Jurisdiction, { where: { code } });
  }

  async upsert(manager: EntityManager, row: Jurisdiction): Promise<void> {
    await manager.upsert(Jurisdiction, row, ['code']);
  }
}
