import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, ListTransfersQuery, TransferInput, TransferRpc, TransferView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** Transfers out to partner lines (R10.1, R13.1 reason 5, R15.4): the incident follows the voice transfer. */
@ApiTags('partners')
@ApiBearerAuth()
@Controller('api/v1')
export class TransfersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('work-orders/:id/transfers')
  @HttpCode(201)
  @Roles('operator')
  @ApiOperation({
    summary:
      'Hand the incident to a partner line after the voice transfer: matter, place and (with shareCallback, the ' +
      "caller's consent) the callback number, read audited now; sent again until the partner acknowledges",
  })
  transfer(
    @PathParam('id', UUID) id: string,
    @Body() transfer: TransferInput,
    @CurrentActor() actor: Actor,
  ): Promise<TransferView> {
    return this.rpc.request(TransferRpc.transfer, { actor, workOrderId: id, transfer });
  }

  @Get('linkage/transfers')
  @Roles('operator', 'supervisor')
  @ApiOperation({
    summary:
      "Transfers out, newest first (at most 200): ?status=unacknowledged for those still without the partner's " +
      'acknowledgement (alerted when silent past its timeout), or a status: sent, received, accepted, rejected …',
  })
  list(@Query() query: ListTransfersQuery): Promise<{ items: TransferView[] }> {
    return this.rpc.request(TransferRpc.list, query);
  }
}
