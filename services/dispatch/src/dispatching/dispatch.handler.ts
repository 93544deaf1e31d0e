import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssignmentView, DispatchRpc, DispatchWorkOrderMessage, SuggestionQuery, SuggestionView, WorkOrderQuery, WorkOrderView } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { AssignmentRecord } from './assignment.entity';
import { DispatchWorkOrderUseCase } from './dispatch-work-order.use-case';
import { SuggestUnitsUseCase } from './suggest-units.use-case';

@Controller()
export class DispatchHandler {
  constructor(
    private readonly suggestUnits: SuggestUnitsUseCase,
    private readonly dispatchWorkOrder: DispatchWorkOrderUseCase,
    private readonly reader: WorkOrderReader,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.suggestion.subject)
  suggestion(@Payload() query: SuggestionQuery): Promise<SuggestionView> {
    return this.suggestUnits.execute(query);
  }

  @MessagePattern(DispatchRpc.dispatch.subject)
  dispatch(@Payload() message: DispatchWorkOrderMessage): Promise<WorkOrderView> {
    return this.dispatchWorkOrder.execute(message.workOrderId, message.dispatch, message.actor, this.clock.now());
  }

  @MessagePattern(DispatchRpc.assignments.subject)
  async assignments(@Payload() query: WorkOrderQuery): Promise<{ items: AssignmentView[] }> {
    const manager = this.dataSource.manager;
    assertMayRead(query.actor, await this.reader.find(manager, query.workOrderId));
    const rows = await manager.find(AssignmentRecord, { where: { workOrderId: query.workOrderId }, order: { dispatchNo: 'ASC' } });
    return {
      items: rows.map((row) => ({
        workOrderId: row.workOrderId,
        dispatchNo: row.dispatchNo,
        leadUnitId: row.leadUnitId,
        coUnitIds: row.coUnitIds,
        via: row.via,
        basis: row.basis,
        assignedBy: row.assignedBy as unknown as AssignmentView['assignedBy'],
        assignedAt: row.assignedAt.toISOString(),
      })),
    };
  }
}
