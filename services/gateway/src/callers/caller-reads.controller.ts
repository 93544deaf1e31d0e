import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { CallerIdentityRpc, CallerReadFilters, CallerReadPage } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';

/** The audit of clear caller reads (R14.3, R26.1). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/caller-reads')
export class CallerReadsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary:
      'Every read of clear caller data — who, role, unit, when, why, work order — newest first; filters workOrderId, unitId, since; cursor paging',
  })
  list(@Query() filters: CallerReadFilters): Promise<CallerReadPage> {
    return this.rpc.request(CallerIdentityRpc.listReads, { filters });
  }
}
