import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, HandlingRpc, UnitTaskFilters, UnitTaskView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

@ApiTags('handling')
@ApiBearerAuth()
@Controller('api/v1/units/me/tasks')
export class UnitTasksController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('unit')
  @ApiOperation({ summary: 'The signed-in unit’s own work orders, as lead or co unit (never another unit’s)' })
  list(@CurrentActor() actor: Actor, @Query() filters: UnitTaskFilters): Promise<{ items: UnitTaskView[] }> {
    return this.rpc.request(HandlingRpc.unitTasks, { actor, ...filters });
  }
}
