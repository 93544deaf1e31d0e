import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  AssignmentView,
  DispatchRpc,
  DispatchWorkOrderCommand,
  ReturnDecisionCommand,
  ReturnView,
  SuggestionView,
  WorkOrderView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { SuggestionParams } from './suggestion-params.dto';
import { PathParam } from '../path-params/path-param';
import { REQUEST_ID, UUID } from '../path-params/path-param-kinds';

/** Dispatch of work orders (R15.3–R15.5, R22.1) and review of returns (R16.3). Units see only their own. */
@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class DispatchController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id/suggestion')
  @Roles('operator', 'reviewer', 'supervisor', 'unit')
  @ApiOperation({ summary: 'The units routing proposes, and which rule matched (R15.3, R15.4, R22.1)' })
  suggestion(
    @PathParam('id', UUID) id: string,
    @Query() params: SuggestionParams,
    @CurrentActor() actor: Actor,
  ): Promise<SuggestionView> {
    return this.rpc.request(DispatchRpc.suggestion, { actor, workOrderId: id, ...params });
  }

  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary:
      'Dispatch to one lead unit and co units, or to the routing suggestion (R15.3–R15.5, R22.1); also sends on a callback-pending request (R15.2)',
  })
  dispatch(
    @PathParam('id', UUID) id: string,
    @Body() body: DispatchWorkOrderCommand,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(DispatchRpc.dispatch, { actor, workOrderId: id, dispatch: body });
  }

  @Get(':id/assignments')
  @Roles('operator', 'reviewer', 'supervisor', 'admin', 'unit')
  @ApiOperation({ summary: 'Every (re-)dispatch of a work order: units, the rule followed, who and when' })
  assignments(@PathParam('id', UUID) id: string, @CurrentActor() actor: Actor): Promise<{ items: AssignmentView[] }> {
    return this.rpc.request(DispatchRpc.assignments, { actor, workOrderId: id });
  }

  @Get(':id/returns')
  @Roles('operator', 'reviewer', 'supervisor', 'admin', 'unit')
  @ApiOperation({ summary: 'Return requests of a work order and their decisions (R16.2, R16.3)' })
  returns(@PathParam('id', UUID) id: string, @CurrentActor() actor: Actor): Promise<{ items: ReturnView[] }> {
    return this.rpc.request(DispatchRpc.listReturns, { actor, workOrderId: id });
  }

  @Post(':id/returns/:rid/decision')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({
    summary: 'Approve a return (dispatched again without the returning unit) or reject it (the unit goes on) (R16.3)',
  })
  decideReturn(
    @PathParam('id', UUID) id: string,
    @PathParam('rid', REQUEST_ID) rid: string,
    @Body() decision: ReturnDecisionCommand,
    @CurrentActor() actor: Actor,
  ): Promise<WorkOrderView> {
    return this.rpc.request(DispatchRpc.decideReturn, { actor, workOrderId: id, returnId: rid, decision });
  }
}
