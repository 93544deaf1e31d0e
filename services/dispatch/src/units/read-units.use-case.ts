import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ListUnitsQuery, UnitStatistics, UnitView } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { UnitRecord } from './unit.entity';
import { toUnitView } from './unit-view';

/** The directory as the administrator and the centre read it, with each unit's dispatch and return counts. */
@Injectable()
export class ReadUnitsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    const builder = this.dataSource.getRepository(UnitRecord).createQueryBuilder('unit').orderBy('unit.kind').addOrderBy('unit.id');
    if (query.kind) builder.andWhere('unit.kind = :kind', { kind: query.kind });
    if (query.parentId) builder.andWhere('unit.parent_id = :parentId', { parentId: query.parentId });
    if (query.area) builder.andWhere(':area = ANY(unit.areas)', { area: query.area });
    return { items: (await builder.getMany()).map((record) => toUnitView(record)) };
  }

  async get(id: string): Promise<UnitView> {
    const record = await this.dataSource.getRepository(UnitRecord).findOne({ where: { id } });
    if (!record) throw new NotFoundException(`no unit ${id}`);
    return toUnitView(record, await this.statistics(id));
  }

  async statisticsOf(id: string): Promise<{ unitId: string } & UnitStatistics> {
    await this.get(id);
    return { unitId: id, ...(await this.statistics(id)) };
  }

  private async statistics(id: string): Promise<UnitStatistics> {
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM dispatch.assignments WHERE lead_unit_id = $1)::int AS "dispatchedAsLead",
         (SELECT count(*) FROM dispatch.assignments WHERE $1 = ANY(co_unit_ids))::int AS "dispatchedAsCo",
         (SELECT count(*) FROM dispatch.return_reviews WHERE unit_id = $1)::int AS "returnsRequested",
         (SELECT count(*) FROM dispatch.return_reviews WHERE unit_id = $1 AND decision = 'approved')::int AS "returnsApproved",
         (SELECT count(*) FROM dispatch.return_reviews WHERE unit_id = $1 AND decision = 'rejected')::int AS "returnsRejected"`,
      [id],
    )) as UnitStatistics[];
    return row;
  }
}
