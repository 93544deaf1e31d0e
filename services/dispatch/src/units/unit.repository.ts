import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitKind } from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { UnitRecord } from './unit.entity';

export interface UnitFilter {
  kind?: UnitKind;
  parentId?: string;
  area?: string;
}

/** The unit directory (承办单位): every query of the units table. */
@Injectable()
export class UnitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By kind, then id. */
  list(filter: UnitFilter): Promise<UnitRecord[]> {
    const builder = this.dataSource
      .getRepository(UnitRecord)
      .createQueryBuilder('unit')
      .orderBy('unit.kind')
      .addOrderBy('unit.id');
    if (filter.kind) builder.andWhere('unit.kind = :kind', { kind: filter.kind });
    if (filter.parentId) builder.andWhere('unit.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.area) builder.andWhere(':area = ANY(unit.areas)', { area: filter.area });
    return builder.getMany();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UnitRecord | null> {
    return manager.findOne(UnitRecord, { where: { id } });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<UnitRecord[]> {
    return manager.find(UnitRecord, { where: { id: In([...ids]) } });
  }

  /** Every unit's id and parent: the hierarchy of the directory (Art. 8(4)). */
  hierarchy(): Promise<Pick<UnitRecord, 'id' | 'parentId'>[]> {
    return this.dataSource.getRepository(UnitRecord).find({ select: { id: true, parentId: true } });
  }

  all(manager: EntityManager): Promise<UnitRecord[]> {
    return manager.find(UnitRecord);
  }

  /** The unit locked for this transaction, so that concurrent saves of one unit take turns. */
  lockById(manager: EntityManager, id: string): Promise<UnitRecord | null> {
    return manager.findOne(UnitRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(manager: EntityManager, unit: UnitRecord): Promise<void> {
    await manager.save(UnitRecord, unit);
  }

  /** Inserts the units not there yet (by id); answers how many were inserted. */
  async insertMissing(manager: EntityManager, units: UnitRecord[]): Promise<number> {
    return (await insertRows(manager, UnitRecord, units, 'ON CONFLICT DO NOTHING RETURNING id')).length;
  }
}
