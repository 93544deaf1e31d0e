import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { badInput } from '@hotline/platform';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, DispatchRpc, ListUnitsQuery, UnitInput, UnitStatistics, UnitView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

/** The unit directory (承办单位): kept by the administrator (Art. 9), read by the centre. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({ summary: 'Handling units, filtered by kind, parent or area' })
  list(@Query() query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    return this.rpc.request(DispatchRpc.listUnits, query);
  }

  @Get(':id')
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({ summary: 'One unit with its dispatch and return counts' })
  get(@Param('id') id: string): Promise<UnitView> {
    return this.rpc.request(DispatchRpc.getUnit, { id });
  }

  @Get(':id/statistics')
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({
    summary: 'Work orders dispatched to a unit (lead, co) and its returns asked, approved and rejected (R16)',
  })
  statistics(@Param('id') id: string): Promise<{ unitId: string } & UnitStatistics> {
    return this.rpc.request(DispatchRpc.unitStatistics, { id });
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Add a unit to the directory (409 when its code exists)' })
  create(@Body() unit: UnitInput, @CurrentActor() actor: Actor): Promise<UnitView> {
    return this.rpc.request(DispatchRpc.saveUnit, { actor, mode: 'create', unit });
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Replace a unit's description: name, parent, contacts, areas, categories, active" })
  update(@Param('id') id: string, @Body() unit: UnitInput, @CurrentActor() actor: Actor): Promise<UnitView> {
    if (unit.id !== id) throw badInput([{ field: 'id', problems: ['the body names another unit than the path'] }]);
    return this.rpc.request(DispatchRpc.saveUnit, { actor, mode: 'update', unit });
  }
}
