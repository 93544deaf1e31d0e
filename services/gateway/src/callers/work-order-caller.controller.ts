import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import {
  Actor,
  CallerIdentityRpc,
  CallerReadQuery,
  CallerView,
  ContactRequestBody,
  ContactRequestView,
  IntakeQueryRpc,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { ANONYMOUS_CALLER_VISIBILITY } from './anonymous-caller.doc';
import { CurrentActor } from '../requests/actor-of';
import { callerReaderOf } from '../requests/caller-reader-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** A work order's caller as Art. 14 and 18 say (R14.3, R18.1); intake holds callers and decides, this translates. */
@ApiTags('callers')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class WorkOrderCallerController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id/caller')
  @Roles('operator', 'reviewer', 'supervisor', 'unit')
  @ApiOperation({
    summary:
      'The caller in clear, audited (R14.3, R18.1): staff read any caller; the lead and co units a named one (an anonymous caller is 403: ask the centre to relay); admins and partners none',
    description: ANONYMOUS_CALLER_VISIBILITY,
  })
  caller(
    @PathParam('id', UUID) id: string,
    @Query() why: CallerReadQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CallerView> {
    return this.rpc.request(IntakeQueryRpc.readCaller, { actor: callerReaderOf(principal), workOrderId: id, ...why });
  }

  @Post(':id/contact-requests')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary:
      'The lead or a co unit asks the centre to relay a contact to an anonymous caller: an operator task, on the timeline (R14.3, R18.1)',
  })
  requestContact(
    @PathParam('id', UUID) id: string,
    @Body() body: ContactRequestBody,
    @CurrentActor() actor: Actor,
  ): Promise<ContactRequestView> {
    return this.rpc.request(CallerIdentityRpc.createContactRequest, {
      actor: { ...actor, role: 'unit' },
      workOrderId: id,
      body,
    });
  }
}
