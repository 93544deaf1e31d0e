import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  BACKEND_SERVICE_NAMES,
  BackendServiceName,
  DeadLetterFilters,
  DeadLetterView,
  PlatformRpc,
  RepublishOutboxCommand,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { PathParam } from '../path-params/path-param';
import { BACKEND_SERVICE, UUID } from '../path-params/path-param-kinds';

/** Operator tools of the data centre: dead letters and event replay, per service. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin')
export class AdminController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('services')
  @ApiOperation({ summary: 'The services behind the gateway' })
  services(): { items: readonly string[] } {
    return { items: BACKEND_SERVICE_NAMES };
  }

  @Get('services/:service/dead-letters')
  @ApiOperation({ summary: 'Messages a service gave up on, with the reason' })
  deadLetters(
    @PathParam('service', BACKEND_SERVICE) service: BackendServiceName,
    @Query() { includeReplayed }: DeadLetterFilters,
  ): Promise<{ items: DeadLetterView[] }> {
    return this.rpc.request(PlatformRpc.listDeadLetters(service), { includeReplayed: includeReplayed === true });
  }

  @Post('services/:service/dead-letters/:id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run a dead letter through its handler again' })
  replay(
    @PathParam('service', BACKEND_SERVICE) service: BackendServiceName,
    @PathParam('id', UUID) id: string,
  ): Promise<DeadLetterView> {
    return this.rpc.request(PlatformRpc.replayDeadLetter(service), { id });
  }

  @Post('services/:service/outbox/republish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish again every event a service recorded since a time (consumers are idempotent)' })
  republish(
    @PathParam('service', BACKEND_SERVICE) service: BackendServiceName,
    @Body() body: RepublishOutboxCommand,
  ): Promise<{ republished: number }> {
    return this.rpc.request(PlatformRpc.republishOutbox(service), { since: body.since });
  }
}
