import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { badInput } from '@hotline/platform';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  DispatchRpc,
  ListUnitsQuery,
  UnitInput,
  UnitRollupRpc,
  UnitRollupView,
  UnitStatistics,
  UnitView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { ReadsSubordinates, UnitHierarchy } from './subordinate-units';
import { PathParam } from '../path-params/path-param';
import { UNIT_ID } from '../path-params/path-param-kinds';

/** The unit directory (承办单位): kept by the administrator (Art. 9), read by the centre. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/units')
export class UnitsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly hierarchy: UnitHierarchy,
  ) {}

  @Get()
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({ summary: 'Handling units, filtered by kind, parent or area' })
  list(@Query() query: ListUnitsQuery): Promise<{ items: UnitView[] }> {
    return this.rpc.request(DispatchRpc.listUnits, query);
  }

  @Get(':id')
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({ summary: 'One unit with its dispatch and return counts' })
  get(@PathParam('id', UNIT_ID) id: string): Promise<UnitView> {
    return this.rpc.request(DispatchRpc.getUnit, { id });
  }

  @Get(':id/statistics')
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({
    summary: 'Work orders dispatched to a unit (lead, co) and its returns asked, approved and rejected (R16)',
  })
  statistics(@PathParam('id', UNIT_ID) id: string): Promise<{ unitId: string } & UnitStatistics> {
    return this.rpc.request(DispatchRpc.unitStatistics, { id });
  }

  @Get(':id/rollup')
  @Roles('supervisor', 'admin', 'operator', 'reviewer', 'unit')
  @ReadsSubordinates()
  @ApiOperation({
    summary:
      "Art. 8(4) a unit's open and overdue work orders and those of each unit below it, rolled up; a unit asks for " +
      'itself or a unit below it',
  })
  async rollup(@PathParam('id', UNIT_ID) id: string, @CurrentActor() viewer: Actor): Promise<UnitRollupView> {
    const subordinateUnitIds = await this.hierarchy.subordinatesOf(id);
    return this.rpc.request(UnitRollupRpc.get, { viewer, unitId: id, subordinateUnitIds });
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
  update(
    @PathParam('id', UNIT_ID) id: string,
    @Body() unit: UnitInput,
    @CurrentActor() actor: Actor,
  ): Promise<UnitView> {
    if (unit.id !== id) throw badInput([{ field: 'id', problems: ['the body names another unit than the path'] }]);
    return this.rpc.request(DispatchRpc.saveUnit, { actor, mode: 'update', unit });
  }
}
