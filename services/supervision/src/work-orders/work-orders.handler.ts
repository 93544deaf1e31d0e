import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AwaitViewVersionQuery,
  AwaitViewVersionResult,
  ListWorkOrdersQuery,
  SupervisionRpc,
  WorkOrderDetail,
  WorkOrderPage,
  GetWorkOrderQuery,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { AwaitViewVersionUseCase } from './await-view-version.use-case';
import { GetWorkOrderCommand, GetWorkOrderUseCase } from './get-work-order.use-case';
import { ListWorkOrdersCommand, ListWorkOrdersUseCase } from './list-work-orders.use-case';

@Controller()
export class WorkOrdersHandler {
  constructor(
    private readonly getWorkOrder: GetWorkOrderUseCase,
    private readonly listWorkOrders: ListWorkOrdersUseCase,
    private readonly awaitViewVersion: AwaitViewVersionUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(SupervisionRpc.workOrder.subject)
  get(@Payload() query: GetWorkOrderQuery): Promise<WorkOrderDetail> {
    return this.getWorkOrder.execute(new GetWorkOrderCommand(query.workOrderId, query.viewer));
  }

  @MessagePattern(SupervisionRpc.workOrders.subject)
  list(@Payload() query: ListWorkOrdersQuery): Promise<WorkOrderPage> {
    return this.listWorkOrders.execute(new ListWorkOrdersCommand(query.filters, query.viewer, this.clock.now()));
  }

  @MessagePattern(SupervisionRpc.awaitViewVersion.subject)
  awaitVersion(@Payload() query: AwaitViewVersionQuery): Promise<AwaitViewVersionResult> {
    return this.awaitViewVersion.execute(query);
  }
}
