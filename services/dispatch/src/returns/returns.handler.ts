import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DispatchRpc, ReturnDecisionMessage, ReturnView, WorkOrderQuery, WorkOrderView } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { DecideReturnCommand, DecideReturnUseCase } from './decide-return.use-case';
import { ListReturnsUseCase } from './list-returns.use-case';

@Controller()
export class ReturnsHandler {
  constructor(
    private readonly decideReturn: DecideReturnUseCase,
    private readonly listReturns: ListReturnsUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listReturns.subject)
  list(@Payload() query: WorkOrderQuery): Promise<{ items: ReturnView[] }> {
    return this.listReturns.execute(query);
  }

  @MessagePattern(DispatchRpc.decideReturn.subject)
  decide(@Payload() message: ReturnDecisionMessage): Promise<WorkOrderView> {
    return this.decideReturn.execute(
      new DecideReturnCommand(message.workOrderId, message.returnId, message.decision, message.actor, this.clock.now()),
    );
  }
}
