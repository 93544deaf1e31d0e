import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { HotSpotFilters, HotSpotPage, HotSpotRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';

/** Concentrated complaints (R23.1 trigger 2, 每月一题). */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/hot-spots')
export class HotSpotsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor')
  @ApiOperation({
    summary:
      'Hot spots: complaints and reports about one place (street, else district) × category above their own weekday baseline (R23.1 trigger 2), newest first, each with its count, baseline, linked work orders and daily trend; since, cursor paging',
  })
  list(@Query() filters: HotSpotFilters): Promise<HotSpotPage> {
    return this.rpc.request(HotSpotRpc.list, { filters });
  }
}
