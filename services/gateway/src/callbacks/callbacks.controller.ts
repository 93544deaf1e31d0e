import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  AppealDecisionBody,
  CallbacksRpc,
  RecordCallbackBody,
  RequestAppealBody,
  WorkOrderView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { requestAtWriter } from '../work-orders/request-at-writer';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { REQUEST_ID, UUID } from '../path-params/path-param-kinds';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('api/v1/work-orders/:id')
export class CallbacksController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('callbacks')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({
    summary:
      'Record the callback of a done work order: satisfaction, contact, cause (R20.1, R20.2); matterNature classifies the matter (R20.3)',
  })
  record(
    @PathParam('id', UUID) id: string,
    @Body() body: RecordCallbackBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(CallbacksRpc.recordCallback, { workOrderId: id, actor, body });
  }

  @Post('appeals')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary:
      'The lead unit (only the lead; a co unit gets 403, R15.5) appeals an unsatisfied result, whatever cause was recorded, with reason and evidence, within the window (R20.3)',
  })
  appeal(
    @PathParam('id', UUID) id: string,
    @Body() body: RequestAppealBody,
    @CurrentActor() actor: Actor,
  ): Promise<{ id: string; workOrder: WorkOrderView }> {
    // A result that sent the order back for re-handling (R20.2) is appealed where the re-handling is held: callbacks names that writer.
    return requestAtWriter(this.rpc, CallbacksRpc.requestAppeal, { workOrderId: id, actor, body });
  }

  @Post('appeals/:aid/decision')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Decide an appeal: approved results are left out of the assessment (R20.3)' })
  decide(
    @PathParam('id', UUID) id: string,
    @PathParam('aid', REQUEST_ID) appealId: string,
    @Body() body: AppealDecisionBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(CallbacksRpc.decideAppeal, { workOrderId: id, appealId, actor, body });
  }
}
