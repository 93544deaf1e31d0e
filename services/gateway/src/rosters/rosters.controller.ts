import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, DutyInput, DutyView, RosterQuery, RosterRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

/** Art. 11: leaders' answering days (领导接听日) and unit heads' rotation days (部门负责人轮值日), R11.1. */
@ApiTags('rosters')
@ApiBearerAuth()
@Controller('api/v1/rosters')
export class RostersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor')
  @ApiOperation({
    summary: 'The duty roster: one day (date), or from–to (at most 366 days; the next 31 without either), R11.1',
  })
  list(@Query() query: RosterQuery): Promise<{ items: DutyView[] }> {
    return this.rpc.request(RosterRpc.list, query);
  }

  @Post()
  @HttpCode(201)
  @Roles('supervisor')
  @ApiOperation({
    summary:
      "Put a leader's answering slot or a unit head's rotation day on the roster (R11.1); 422 when it conflicts: " +
      'the same person twice a day, two leaders at once, a unit twice a day, a rotation on a non-working day',
  })
  schedule(@Body() duty: DutyInput, @CurrentActor() actor: Actor): Promise<DutyView> {
    return this.rpc.request(RosterRpc.schedule, { actor, duty });
  }
}
