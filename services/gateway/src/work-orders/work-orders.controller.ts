import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import {
  Actor,
  CallerIdentityRpc,
  CallerView,
  SupervisionRpc,
  TimelineEntry,
  WorkOrderDetail,
  WorkOrderFilters,
  WorkOrderPage,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { ANONYMOUS_CALLER_VISIBILITY } from '../callers/anonymous-caller.doc';
import { CurrentActor } from '../requests/actor-of';
import { callerReaderOf } from '../requests/caller-reader-of';
import { ReadsSubordinates } from '../units/subordinate-units';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

const STAFF = ['operator', 'reviewer', 'supervisor', 'admin', 'unit'] as const;

@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('api/v1/work-orders')
export class WorkOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...STAFF)
  @ReadsSubordinates()
  @ApiOperation({
    summary:
      'Work orders, newest first or (sort=due) nearest running deadline first, with filters and cursor paging (R14.1); ' +
      'a unit sees its own, and read-only those of the units below it (Art. 8(4))',
  })
  list(@Query() filters: WorkOrderFilters, @CurrentActor() actor: Actor): Promise<WorkOrderPage> {
    return this.rpc.request(SupervisionRpc.workOrders, { viewer: actor, filters });
  }

  @Get(':id')
  @Roles(...STAFF)
  @ReadsSubordinates()
  @ApiOperation({
    summary:
      'Current state, units and every deadline of a work order (R14.1), its caller masked (R14.3); a unit only its own',
    description: ANONYMOUS_CALLER_VISIBILITY,
  })
  async get(
    @PathParam('id', UUID) id: string,
    @CurrentActor() viewer: Actor,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkOrderDetail & { caller?: CallerView }> {
    const detail = await this.rpc.request(SupervisionRpc.workOrder, { workOrderId: id, viewer });
    // R10.2 a branch centre's order: its caller stays with the branch, intake holds none.
    if (detail.origin === 'branch') return detail;
    // R14.3 the caller, masked (or only whether anonymous), from intake, which alone holds callers; asked once supervision admitted the viewer.
    return {
      ...detail,
      caller: await this.rpc.request(CallerIdentityRpc.masked, { workOrderId: id, viewer: callerReaderOf(principal) }),
    };
  }

  @Get(':id/timeline')
  @Roles(...STAFF)
  @ReadsSubordinates()
  @ApiOperation({ summary: 'Every step of a work order, in order (R14.1); a unit only its own' })
  timeline(
    @PathParam('id', UUID) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<{ workOrderId: string; items: TimelineEntry[] }> {
    return this.rpc.request(SupervisionRpc.timeline, { workOrderId: id, viewer: actor });
  }
}
