import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentRecord } from './assignment.entity';

export interface AssignmentCounts {
  dispatchedAsLead: number;
  dispatchedAsCo: number;
}

/** Each (re-)dispatch of a work order: every query of the assignments table. */
@Injectable()
export class AssignmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, assignment: AssignmentRecord): Promise<void> {
    // insertRows, not manager.insert: TypeORM's insert type does not take the jsonb basis as it is.
    await insertRows(manager, AssignmentRecord, [assignment]);
  }

  /** A work order's assignments, the first dispatch first. */
  listOf(workOrderId: string): Promise<AssignmentRecord[]> {
    return this.dataSource.manager.find(AssignmentRecord, { where: { workOrderId }, order: { dispatchNo: 'ASC' } });
  }

  /** How often a unit was given work orders, as lead (牵头) and as co unit (会同). */
  async countsOf(unitId: string): Promise<AssignmentCounts> {
    const row = await this.dataSource
      .getRepository(AssignmentRecord)
      .createQueryBuilder('assignment')
      .select('count(*) FILTER (WHERE assignment.lead_unit_id = :unitId)::int', 'dispatchedAsLead')
      .addSelect('count(*) FILTER (WHERE :unitId = ANY(assignment.co_unit_ids))::int', 'dispatchedAsCo')
      .setParameters({ unitId })
      .getRawOne<AssignmentCounts>();
    return { dispatchedAsLead: row?.dispatchedAsLead ?? 0, dispatchedAsCo: row?.dispatchedAsCo ?? 0 };
  }
}
