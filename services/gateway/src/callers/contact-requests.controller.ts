import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  CallerIdentityRpc,
  ContactRequestFilters,
  ContactRequestOutcomeBody,
  ContactRequestPage,
  ContactRequestView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** The operators' relay tasks: units' contact requests for anonymous callers (R14.3, R18.1). */
@ApiTags('callers')
@ApiBearerAuth()
@Roles('operator')
@Controller('api/v1/contact-requests')
export class ContactRequestsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({
    summary:
      'Relay tasks from units to anonymous callers, oldest first (`status=open` for those waiting); cursor paging',
  })
  list(@Query() filters: ContactRequestFilters): Promise<ContactRequestPage> {
    return this.rpc.request(CallerIdentityRpc.listContactRequests, { filters });
  }

  @Post(':cid/outcome')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close a relay task with its outcome (contacted, note); the outcome goes onto the work order’s timeline',
  })
  close(
    @PathParam('cid', UUID) cid: string,
    @Body() body: ContactRequestOutcomeBody,
    @CurrentActor() actor: Actor,
  ): Promise<ContactRequestView> {
    return this.rpc.request(CallerIdentityRpc.closeContactRequest, {
      actor: { ...actor, role: 'operator' },
      contactRequestId: cid,
      body,
    });
  }
}
