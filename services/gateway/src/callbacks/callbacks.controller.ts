import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import { AppealDecisionBody, CallbacksRpc, HandlingRpc, RecordCallbackBody, RequestAppealBody, WorkOrderView } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';
import { ParseRequestIdPipe } from '../work-orders/parse-request-id.pipe';
import { actorOf } from '../requests/actor-of';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('api/v1/work-orders/:id')
export class CallbacksController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('callbacks')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Record the callback of a done work order: satisfaction, contact, cause (R20.1, R20.2); matterNature classifies the matter (R20.3)' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordCallbackBody, @CurrentPrincipal() principal: Principal): Promise<WorkOrderView> {
    return this.rpc.request(CallbacksRpc.recordCallback, { workOrderId: id, actor: actorOf(principal), body });
  }

  @Post('appeals')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary: 'The lead unit (only the lead; a co unit gets 403, R15.5) appeals an unsatisfied result, whatever cause was recorded, with reason and evidence, within the window (R20.3)',
  })
  async appeal(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RequestAppealBody, @CurrentPrincipal() principal: Principal): Promise<{ id: string; workOrder: WorkOrderView }> {
    const message = { workOrderId: id, actor: actorOf(principal), body };
    try {
      return await this.rpc.request(CallbacksRpc.requestAppeal, message);
    } catch (error) {
      // A result that sent the order back for re-handling (R20.2) is appealed where the re-handling is held.
      if (!(error instanceof ProblemError) || (error.problem.details as { writer?: string } | undefined)?.writer !== 'handling') throw error;
      return this.rpc.request(HandlingRpc.requestAppeal, message);
    }
  }

  @Post('appeals/:aid/decision')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Decide an appeal: approved results are left out of the assessment (R20.3)' })
  decide(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('aid', new ParseRequestIdPipe('aid')) appealId: string,
    @Body() body: AppealDecisionBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkOrderView> {
    return this.rpc.request(CallbacksRpc.decideAppeal, { workOrderId: id, appealId, actor: actorOf(principal), body });
  }
}
