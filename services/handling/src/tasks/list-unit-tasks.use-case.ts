import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ListUnitTasksQuery, toWorkOrderView, UnitTaskView } from '@hotline/contracts';
import { workOrderFromJson } from '@hotline/domain';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { unitRoleIn } from '../work-orders/unit-scope';

const PAGE = 200;

/** A unit's own work orders, as lead (承办) or co unit (协办), the latest first; never another unit's. */
@Injectable()
export class ListUnitTasksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ actor, status }: ListUnitTasksQuery): Promise<{ items: UnitTaskView[] }> {
    const unitId = actor.role === 'unit' ? actor.unitId : undefined;
    if (!unitId) throw new ForbiddenException('only a handling unit has unit tasks');
    const query = this.dataSource
      .getRepository(WorkOrderState)
      .createQueryBuilder('w')
      .where('(w.lead_unit_id = :unitId OR :unitId = ANY(w.co_unit_ids))', { unitId })
      .orderBy('w.updated_at', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .limit(PAGE);
    if (status) query.andWhere('w.status = :status', { status });
    const rows = await query.getMany();
    return {
      items: rows.map((row) => {
        const order = workOrderFromJson(row.state);
        return { workOrderId: row.id, role: unitRoleIn(order, unitId) ?? 'co', status: row.status, version: row.version, workOrder: toWorkOrderView(order, { viewer: actor }) };
      }),
    };
  }
}
