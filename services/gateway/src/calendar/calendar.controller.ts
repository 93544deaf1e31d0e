import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, CalendarRpc, CalendarYearView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { CALENDAR_YEAR } from '../path-params/path-param-kinds';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':year')
  @Roles('operator', 'reviewer', 'supervisor', 'admin', 'unit')
  @ApiOperation({
    summary: 'The working-day calendar of a year: holidays, make-up workdays, and whether its notice is published',
  })
  year(@PathParam('year', CALENDAR_YEAR) year: number): Promise<CalendarYearView> {
    return this.rpc.request(CalendarRpc.year, { year });
  }

  @Put(':year')
  @Roles('admin')
  @ApiOperation({
    summary: "Load or correct a year's State Council holiday notice (applies to every deadline computed from then on)",
  })
  load(
    @PathParam('year', CALENDAR_YEAR) year: number,
    @Body() notice: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<CalendarYearView> {
    return this.rpc.request(CalendarRpc.loadNotice, { actor, year, notice });
  }
}
