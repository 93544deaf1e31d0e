import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import { HandlingRpc, UnitTaskView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { actorOf } from '../requests/actor-of';

@ApiTags('handling')
@ApiBearerAuth()
@Controller('api/v1/units/me/tasks')
export class UnitTasksController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('unit')
  @ApiQuery({ name: 'status', required: false })
  @ApiOperation({ summary: 'The signed-in unit’s own work orders, as lead or co unit (never another unit’s)' })
  list(@CurrentPrincipal() principal: Principal, @Query('status') status?: string): Promise<{ items: UnitTaskView[] }> {
    return this.rpc.request(HandlingRpc.unitTasks, { actor: actorOf(principal), ...(status ? { status } : {}) });
  }
}
