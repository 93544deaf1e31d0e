import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CoordinationDecisionMessage, DispatchRpc, RaiseDifficultyMessage, WorkOrderView } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { DecideCoordinationCommand, DecideCoordinationUseCase } from './decide-coordination.use-case';
import { RaiseDifficultyCommand, RaiseDifficultyUseCase } from './raise-difficulty.use-case';

@Controller()
export class CoordinationHandler {
  constructor(
    private readonly raiseDifficulty: RaiseDifficultyUseCase,
    private readonly decideCoordination: DecideCoordinationUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.raiseDifficulty.subject)
  raise(@Payload() message: RaiseDifficultyMessage): Promise<WorkOrderView> {
    return this.raiseDifficulty.execute(
      new RaiseDifficultyCommand(message.workOrderId, message.difficulty, message.actor, this.clock.now()),
    );
  }

  @MessagePattern(DispatchRpc.decideCoordination.subject)
  decide(@Payload() message: CoordinationDecisionMessage): Promise<WorkOrderView> {
    return this.decideCoordination.execute(
      new DecideCoordinationCommand(message.workOrderId, message.decision, message.actor, this.clock.now()),
    );
  }
}
