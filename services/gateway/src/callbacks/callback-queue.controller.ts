import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, CallbackDueView, CallbackQueueFilters, CallbacksRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('api/v1/callbacks')
export class CallbackQueueController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('reviewer')
  @ApiOperation({
    summary:
      'Every finished work order awaiting its callback, closed online or answered by call back too, soonest due first (R20.1, Art. 20 全面回访)',
  })
  @ApiQuery({ name: 'status', required: true, enum: ['due'], description: 'due: finished and awaiting its callback' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  due(
    @Query() filters: CallbackQueueFilters,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: CallbackDueView[]; nextCursor?: string }> {
    return this.rpc.request(CallbacksRpc.callbackQueue, { viewer: actor, filters });
  }
}
