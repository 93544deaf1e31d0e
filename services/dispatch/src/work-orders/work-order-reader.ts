import { Injectable } from '@nestjs/common';
import { Actor, toWorkOrderView, WorkOrderView } from '@hotline/contracts';
import { NotFoundError, WorkOrder } from '@hotline/domain';
import { WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { RoutingFactsRecord } from './routing-facts.entity';

/** Dispatch's copy of a work order and the routing facts it keeps beside it. */
@Injectable()
export class WorkOrderReader {
  constructor(private readonly states: WorkOrderStates) {}

  async find(manager: EntityManager, id: string): Promise<WorkOrder> {
    const order = await this.states.find(manager, id);
    if (!order) throw new NotFoundError(`no work order ${id}`);
    return order;
  }

  facts(manager: EntityManager, id: string): Promise<RoutingFactsRecord | null> {
    return manager.findOne(RoutingFactsRecord, { where: { workOrderId: id } });
  }

  async view(manager: EntityManager, order: WorkOrder, viewer: Actor): Promise<WorkOrderView> {
    const facts = await this.facts(manager, order.id);
    return toWorkOrderView(order, { ...(facts ? { number: facts.number } : {}), viewer });
  }
}
