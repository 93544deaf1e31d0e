import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  CoordinationDecisionCommand,
  DispatchRpc,
  RaiseDifficultyCommand,
  RaiseDifficultyMessage,
  WorkOrderView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { requestAtWriter } from '../work-orders/request-at-writer';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** Difficult matters (R21.1): raised by a unit or the centre, decided by the office (市热线信箱办). */
@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class CoordinationController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/coordination')
  @HttpCode(200)
  @Roles('unit', 'reviewer', 'operator')
  @ApiOperation({
    summary:
      'Raise a difficult matter: unclear duty, unclear jurisdiction or disputed law, before or after signing (R21.1)',
  })
  raise(
    @PathParam('id', UUID) id: string,
    @Body() difficulty: RaiseDifficultyCommand,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    // In a state another service owns (dispatched, or signed and being handled), dispatch names that writer, which takes the step.
    const message: RaiseDifficultyMessage = { actor, workOrderId: id, difficulty };
    return requestAtWriter(this.rpc, DispatchRpc.raiseDifficulty, message);
  }

  @Post(':id/coordination/decision')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({
    summary:
      'Name the unit (assign) or ask the city government (escalate); after escalation, assign the unit it named (R21.1)',
  })
  decide(
    @PathParam('id', UUID) id: string,
    @Body() decision: CoordinationDecisionCommand,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(DispatchRpc.decideCoordination, { actor, workOrderId: id, decision });
  }
}
