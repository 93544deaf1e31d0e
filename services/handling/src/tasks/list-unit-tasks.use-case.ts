import { Injectable } from '@nestjs/common';
import { Actor, toWorkOrderView, UnitTaskView } from '@hotline/contracts';
import { AccessDeniedError, WorkOrderStatus } from '@hotline/domain';
import { HandlingWorkOrdersRepository } from '../work-orders/handling-work-orders.repository';
import { unitRoleIn } from '../work-orders/unit-scope';

const PAGE = 200;

export class ListUnitTasksCommand {
  constructor(
    readonly actor: Actor,
    readonly status?: WorkOrderStatus,
  ) {}
}

/** A unit's own work orders, as lead (承办) or co unit (协办), the latest first; never another unit's. */
@Injectable()
export class ListUnitTasksUseCase {
  constructor(private readonly workOrders: HandlingWorkOrdersRepository) {}

  async execute({ actor, status }: ListUnitTasksCommand): Promise<{ items: UnitTaskView[] }> {
    const unitId = actor.role === 'unit' ? actor.unitId : undefined;
    if (!unitId) throw new AccessDeniedError('only a handling unit has unit tasks');
    const rows = await this.workOrders.listForUnit(unitId, status, PAGE);
    return {
      items: rows.map(({ id, status: rowStatus, version, order }) => ({
        workOrderId: id,
        role: unitRoleIn(order, unitId) ?? 'co',
        status: rowStatus,
        version,
        workOrder: toWorkOrderView(order, { viewer: actor }),
      })),
    };
  }
}
