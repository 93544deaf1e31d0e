import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  CallerMisuseBody,
  CallerMisuseFilters,
  CallerMisuseFlagView,
  CallerMisusePage,
  CallerMisuseRpc,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** Caller misuse (R27.1, Art. 27): flags kept under the keyed hash of the caller's phone, never the phone. */
@ApiTags('callers')
@ApiBearerAuth()
@Controller('api/v1')
export class CallerMisuseController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('requests/:id/misuse')
  @HttpCode(201)
  @Roles('operator')
  @ApiOperation({
    summary:
      'Flag the request’s caller for abuse, a threat or long occupation (durationSeconds, from the configured threshold, ' +
      '422 below it), with a note; recorded with the operator’s id. One flag of a kind per request (409 for a second); ' +
      'a request without a phone keeps no flag (422: nothing to recognise the caller by) (R27.1)',
  })
  record(
    @PathParam('id', UUID) id: string,
    @Body() body: CallerMisuseBody,
    @CurrentActor() actor: Actor,
  ): Promise<CallerMisuseFlagView> {
    return this.rpc.request(CallerMisuseRpc.record, { actor, requestId: id, body });
  }

  @Get('callers/misuse')
  @Roles('supervisor', 'operator')
  @ApiOperation({
    summary:
      'Callers flagged for misuse, one item per keyed caller hash and kind (repeated calls, abuse, threat, long ' +
      'occupation): count, first and last flag, the newest request ids; the newest flag first; filters callerHash, ' +
      'kind, since; cursor paging (R27.1)',
  })
  list(@Query() filters: CallerMisuseFilters): Promise<CallerMisusePage> {
    return this.rpc.request(CallerMisuseRpc.list, { filters });
  }
}
