import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import { IntakeRpc, RecordRequestCommand, RecordRequestResult } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { actorOf } from './actor-of';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('api/v1/requests')
export class RequestsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @HttpCode(201)
  @Roles('operator', 'partner')
  @ApiOperation({ summary: 'Record a request (R2.1, R12–R15): a new work order, closed online, or rejected with reason' })
  record(@Body() request: RecordRequestCommand, @CurrentPrincipal() principal: Principal): Promise<RecordRequestResult> {
    return this.rpc.request(IntakeRpc.recordRequest, { actor: actorOf(principal), request });
  }
}
