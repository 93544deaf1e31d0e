import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@hotline/auth';
import {
  Actor,
  CallerReadQuery,
  CallerView,
  IntakeQueryRpc,
  IntakeRpc,
  RecordRequestCommand,
  RecordRequestQuery,
  RecordRequestResult,
  RequestAssist,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { ANONYMOUS_CALLER_VISIBILITY } from '../callers/anonymous-caller.doc';
import { CurrentActor } from './actor-of';
import { callerReaderOf } from './caller-reader-of';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('api/v1/requests')
export class RequestsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @HttpCode(201)
  @Roles('operator', 'partner')
  @ApiQuery({
    name: 'assist',
    required: false,
    enum: ['inline', 'later'],
    description: '`later`: answer without the assist (fetch it from …/assist); for callers no operator reads for',
  })
  @ApiOperation({
    summary:
      'Record a request (R2.1, R12–R15): a new work order, closed online (decision.articleId: a published article, 422 otherwise), ' +
      'callback pending (callerConsent: true, 422 otherwise) or rejected with reason (reason 5: linkage transfers it by itself to ' +
      'decision.transferTo, an enabled emergency or utility line, 400 otherwise, or to the line whose agreed list holds the category; ' +
      'shareCallback: the caller consented to share the number); a district known to lie outside the city is recorded ' +
      'and, without a decision, rejected with reason 8 and the basis in `rejection`; with the assist',
    description: ANONYMOUS_CALLER_VISIBILITY,
  })
  record(
    @Body() request: RecordRequestCommand,
    @Query() query: RecordRequestQuery,
    @CurrentActor() actor: Actor,
  ): Promise<RecordRequestResult> {
    return this.rpc.request(IntakeRpc.recordRequest, {
      actor,
      request,
      ...(query.assist ? { assist: query.assist } : {}),
    });
  }

  @Get(':id/assist')
  @Roles('operator')
  @ApiOperation({
    summary:
      'Likely repeats, emergency hint, jurisdiction check, knowledge-base answers, caller misuse (R13.2, R15.1, R27.1)',
  })
  assist(@PathParam('id', UUID) id: string): Promise<RequestAssist> {
    return this.rpc.request(IntakeQueryRpc.assist, { requestId: id });
  }

  @Get(':id/caller')
  @Roles('operator', 'reviewer', 'supervisor', 'unit')
  @ApiOperation({
    summary:
      'Old path of GET /api/v1/work-orders/{id}/caller, by request id: the same rules and the same audit (R14.3, R18.1)',
  })
  caller(
    @PathParam('id', UUID) id: string,
    @Query() why: CallerReadQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CallerView> {
    return this.rpc.request(IntakeQueryRpc.readCaller, { actor: callerReaderOf(principal), requestId: id, ...why });
  }
}
