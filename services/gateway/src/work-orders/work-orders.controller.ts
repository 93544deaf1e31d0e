import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { SupervisionRpc, TimelineEntry } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';

@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class WorkOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  // Units get their own orders once dispatch records assignments; until then only centre staff read timelines.
  @Get(':id/timeline')
  @Roles('operator', 'reviewer', 'supervisor', 'admin')
  @ApiOperation({ summary: 'Every step of a work order, in order (R14.1)' })
  timeline(@Param('id', new ParseUUIDPipe()) id: string): Promise<{ workOrderId: string; items: TimelineEntry[] }> {
    return this.rpc.request(SupervisionRpc.timeline, { workOrderId: id });
  }
}
