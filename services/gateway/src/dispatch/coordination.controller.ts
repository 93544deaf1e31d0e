import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import { CoordinationDecisionCommand, DispatchRpc, HandlingRpc, RaiseDifficultyCommand, RaiseDifficultyMessage, WorkOrderView } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';
import { actorOf } from '../requests/actor-of';

/** Difficult matters (R21.1): raised by a unit or the centre, decided by the office (市热线信箱办). */
@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class CoordinationController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/coordination')
  @HttpCode(200)
  @Roles('unit', 'reviewer', 'operator')
  @ApiOperation({ summary: 'Raise a difficult matter: unclear duty, unclear jurisdiction or disputed law, before or after signing (R21.1)' })
  async raise(@Param('id', new ParseUUIDPipe()) id: string, @Body() difficulty: RaiseDifficultyCommand, @CurrentPrincipal() principal: Principal): Promise<WorkOrderView> {
    const message: RaiseDifficultyMessage = { actor: actorOf(principal), workOrderId: id, difficulty };
    try {
      return await this.rpc.request(DispatchRpc.raiseDifficulty, message);
    } catch (error) {
      // The work order is in a state handling owns (dispatched, or signed and being handled): handling takes the step.
      if (writerOf(error) === 'handling') return this.rpc.request(HandlingRpc.raiseDifficulty, message);
      throw error;
    }
  }

  @Post(':id/coordination/decision')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Name the unit (assign) or ask the city government (escalate); after escalation, assign the unit it named (R21.1)' })
  decide(@Param('id', new ParseUUIDPipe()) id: string, @Body() decision: CoordinationDecisionCommand, @CurrentPrincipal() principal: Principal): Promise<WorkOrderView> {
    return this.rpc.request(DispatchRpc.decideCoordination, { actor: actorOf(principal), workOrderId: id, decision });
  }
}

function writerOf(error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.problem.statusCode !== 409) return undefined;
  return (error.problem.details as { writer?: unknown } | undefined)?.writer;
}
