import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, CallbackPendingRpc, OnlineAnswerBody, WorkOrderView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** A request waiting for its call back (R15.2) is answered here, or sent on with POST …/dispatch. */
@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders/:id')
export class OnlineAnswerController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('online-answer')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary:
      'Answer a callback-pending request (R15.1, R15.2): from a published knowledge article (its version is recorded; 422 for an unknown or unpublished one) or after checking; within 1 working day',
  })
  answer(
    @PathParam('id', UUID) id: string,
    @Body() body: OnlineAnswerBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(CallbackPendingRpc.answerOnline, { workOrderId: id, actor, body });
  }
}
