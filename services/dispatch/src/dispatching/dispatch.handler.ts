import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AssignmentView,
  DispatchRpc,
  DispatchWorkOrderMessage,
  SuggestionQuery,
  SuggestionView,
  WorkOrderQuery,
  WorkOrderView,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { DispatchWorkOrderCommand, DispatchWorkOrderUseCase } from './dispatch-work-order.use-case';
import { ListAssignmentsUseCase } from './list-assignments.use-case';
import { SuggestUnitsUseCase } from './suggest-units.use-case';

@Controller()
export class DispatchHandler {
  constructor(
    private readonly suggestUnits: SuggestUnitsUseCase,
    private readonly dispatchWorkOrder: DispatchWorkOrderUseCase,
    private readonly listAssignments: ListAssignmentsUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.suggestion.subject)
  suggestion(@Payload() query: SuggestionQuery): Promise<SuggestionView> {
    return this.suggestUnits.execute(query);
  }

  @MessagePattern(DispatchRpc.dispatch.subject)
  dispatch(@Payload() message: DispatchWorkOrderMessage): Promise<WorkOrderView> {
    return this.dispatchWorkOrder.execute(
      new DispatchWorkOrderCommand(message.workOrderId, message.dispatch, message.actor, this.clock.now()),
    );
  }

  @MessagePattern(DispatchRpc.assignments.subject)
  assignments(@Payload() query: WorkOrderQuery): Promise<{ items: AssignmentView[] }> {
    return this.listAssignments.execute(query);
  }
}
