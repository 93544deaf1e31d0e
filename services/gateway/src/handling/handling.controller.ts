import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  CallerInformedBody,
  CoUnitContributionView,
  DecideExtensionBody,
  HandlingRequestCreated,
  HandlingRpc,
  RequestExtensionBody,
  RequestReturnBody,
  ReviewReplyBody,
  SubmitReplyBody,
  WorkOrderView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { REQUEST_ID, UUID } from '../path-params/path-param-kinds';

const STAFF_AND_UNITS = ['operator', 'reviewer', 'supervisor', 'admin', 'unit'] as const;

/** The handling unit's steps (R16–R19) and the centre's reviews of them; handling decides, this translates. */
@ApiTags('handling')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class HandlingController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('unit')
  @ApiOperation({
    summary: 'The lead unit signs for a dispatched work order within 1 working day (R16.1); a co unit gets 403 (R15.5)',
  })
  sign(@PathParam('id', UUID) id: string, @CurrentActor() actor: Actor): Promise<WorkOrderView> {
    return this.rpc.request(HandlingRpc.sign, { actor, workOrderId: id });
  }

  @Post(':id/returns')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary:
      'The lead unit asks to return it within 2 working days after signing, with reason and basis (R16.2); a co unit gets 403 (R15.5); id is `<work order id>:<version>`',
  })
  requestReturn(
    @PathParam('id', UUID) id: string,
    @Body() body: RequestReturnBody,
    @CurrentActor() actor: Actor,
  ): Promise<HandlingRequestCreated> {
    return this.rpc.request(HandlingRpc.requestReturn, { actor, workOrderId: id, body });
  }

  @Post(':id/extensions')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({ summary: 'Ask for an extension before the deadline, once, ≤5 working days (R17.2)' })
  requestExtension(
    @PathParam('id', UUID) id: string,
    @Body() body: RequestExtensionBody,
    @CurrentActor() actor: Actor,
  ): Promise<HandlingRequestCreated> {
    return this.rpc.request(HandlingRpc.requestExtension, { actor, workOrderId: id, body });
  }

  @Post(':id/extensions/:eid/decision')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Approve (the deadline moves; the unit tells the caller) or reject an extension (R17.2)' })
  decideExtension(
    @PathParam('id', UUID) id: string,
    @PathParam('eid', REQUEST_ID) extensionId: string,
    @Body() body: DecideExtensionBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(HandlingRpc.decideExtension, { actor, workOrderId: id, extensionId, body });
  }

  @Post(':id/extensions/:eid/caller-informed')
  @HttpCode(200)
  @Roles('unit')
  @ApiOperation({
    summary: 'The lead unit records when and how it told the caller the extended deadline and progress (R17.2)',
  })
  callerInformed(
    @PathParam('id', UUID) id: string,
    @PathParam('eid', REQUEST_ID) extensionId: string,
    @Body() body: CallerInformedBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(HandlingRpc.callerInformed, { actor, workOrderId: id, extensionId, body });
  }

  @Post(':id/replies')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary: 'Submit the reply (R18.1, R18.2); a co unit’s reply is kept as its contribution for the lead unit',
  })
  submitReply(
    @PathParam('id', UUID) id: string,
    @Body() body: SubmitReplyBody,
    @CurrentActor() actor: Actor,
  ): Promise<HandlingRequestCreated> {
    return this.rpc.request(HandlingRpc.submitReply, { actor, workOrderId: id, body });
  }

  @Post(':id/replies/:rid/review')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Pass (done) or fail (back to the unit within the original limit) the reply (R19.1)' })
  reviewReply(
    @PathParam('id', UUID) id: string,
    @PathParam('rid', REQUEST_ID) replyId: string,
    @Body() body: ReviewReplyBody,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(HandlingRpc.reviewReply, { actor, workOrderId: id, replyId, body });
  }

  @Get(':id/contributions')
  @Roles(...STAFF_AND_UNITS)
  @ApiOperation({ summary: 'What the co-handling units contributed to the lead unit’s reply (R15.5)' })
  contributions(
    @PathParam('id', UUID) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: CoUnitContributionView[] }> {
    return this.rpc.request(HandlingRpc.contributions, { actor, workOrderId: id });
  }
}
