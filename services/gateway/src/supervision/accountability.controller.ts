import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  AccountabilityFilters,
  AccountabilityRegister,
  AccountabilityRpc,
  Actor,
  RecordAccountabilityBody,
  RecordedAccountabilityView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

/** The accountability register (R26.1, Art. 26). */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/accountability')
export class AccountabilityController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary:
      'The evidence for Art. 26 in a month (YYYY-MM, Beijing), for one unit or all: (1) refused returns, (2) unhandled after supervision, (3) replies the callback contradicts, (4)/(7) recorded by supervisors, (5) the caller-read audit, (6) stale knowledge articles and their reminders (R26.1)',
  })
  get(@Query() filters: AccountabilityFilters): Promise<AccountabilityRegister> {
    return this.rpc.request(AccountabilityRpc.register, { filters });
  }

  @Post()
  @Roles('supervisor')
  @ApiOperation({
    summary:
      'Record Art. 26(4) (service attitude, not handled by the rules) or (7) (abuse of power, neglect, favouritism) about a unit, with evidence (R26.1)',
  })
  record(@Body() body: RecordAccountabilityBody, @CurrentActor() actor: Actor): Promise<RecordedAccountabilityView> {
    return this.rpc.request(AccountabilityRpc.record, { actor, body });
  }
}
